import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { archivedExtras, findSource, sourceParams, sourceHref, sourceOrdinal } from '@/catalog/views';

export const dynamicParams = false;

export function generateStaticParams() {
  return sourceParams();
}

export async function generateMetadata({ params }: PageProps<'/sources/[id]/text'>): Promise<Metadata> {
  const { id } = await params;
  const source = findSource(id);
  if (!source) return {};
  const extras = archivedExtras(source);
  return {
    title: `${sourceOrdinal(id)}: text as archived`,
    description: `The stored text of ${sourceOrdinal(id).toLowerCase()} exactly as archived${extras ? `, with ${extras}` : ''}.`,
  };
}

export default async function SourceTextPage({ params }: PageProps<'/sources/[id]/text'>) {
  const { id } = await params;
  const source = findSource(id);
  if (!source) notFound();
  const extras = archivedExtras(source);
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link prefetch={false} href="/sources">Sources</Link> <span aria-hidden="true">›</span>{' '}
        <Link prefetch={false} href={sourceHref(id)}>{sourceOrdinal(id)}</Link> <span aria-hidden="true">›</span> Text as archived
      </nav>
      <h1 className="font-serif text-2xl font-semibold">{sourceOrdinal(id)}: the text exactly as archived</h1>
      <p className="mt-2 text-sm text-muted">
        Every character of <code>{source.meta.archivedAs}</code>
        {extras ? `, including ${extras}, which the reader leaves out.` : '. The reader shows every passage of it.'} SHA-256 <code className="break-all">{source.meta.sha256}</code>.
      </p>
      <pre
        tabIndex={0}
        aria-label="Archived text"
        className="mt-6 overflow-x-auto whitespace-pre-wrap break-words rounded-md border border-rule p-4 font-mono text-sm leading-relaxed"
      >
        {source.text}
      </pre>
    </div>
  );
}
