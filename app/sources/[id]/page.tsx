import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findSource, sourceParams, sourcePublisher, sourceTitle } from '@/catalog/views';
import { MentionMap } from '../../components/mention-map';
import { Section } from '../../components/section';
import { SourceReader } from '../../components/source-reader';

export const dynamicParams = false;

export function generateStaticParams() {
  return sourceParams();
}

export async function generateMetadata({ params }: PageProps<'/sources/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const source = findSource(id);
  if (!source) return {};
  const publisher = sourcePublisher(id);
  const title = publisher ? `${sourceTitle(source)} — ${publisher}` : sourceTitle(source);
  return {
    title,
    description: `The full text of the article, with every mention of a catalogued weapon system linked and every cited passage marked.`,
    alternates: { canonical: `/sources/${id}` },
    openGraph: { title, type: 'article' },
  };
}

export default async function SourcePage({ params }: PageProps<'/sources/[id]'>) {
  const { id } = await params;
  const source = findSource(id);
  if (!source) notFound();
  return (
    <>
      <SourceReader source={source} />
      <div className="mx-auto mt-12 max-w-5xl">
        <Section id="mention-map" title="Where each system is mentioned">
          <MentionMap sourceId={id} />
        </Section>
      </div>
    </>
  );
}
