import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { entryStats, findEntry, listEntries } from '@/catalog/views';
import { EntryArticle } from '../../components/entry-article';

export const dynamicParams = false;

export function generateStaticParams() {
  return listEntries().map((e) => ({ slug: e.slug }));
}

export async function generateMetadata({ params }: PageProps<'/entries/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const entry = findEntry(slug);
  if (!entry) return {};
  const { passages, sources } = entryStats(slug);
  const description = `What the source articles say about the ${entry.name} (${entry.category}), quoted word for word: ${passages} passage${passages === 1 ? '' : 's'} in ${sources} source${sources === 1 ? '' : 's'}.`;
  return {
    title: entry.name,
    description,
    alternates: { canonical: `/entries/${slug}` },
    openGraph: { title: entry.name, description, type: 'article' },
  };
}

export default async function EntryPage({ params }: PageProps<'/entries/[slug]'>) {
  const { slug } = await params;
  const entry = findEntry(slug);
  if (!entry) notFound();
  return <EntryArticle entry={entry} />;
}
