import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { archivedExtras, findSource, sourceParams, sourceHref, sourceShortName } from '@/catalog/views';

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
    title: `${sourceShortName(id)}: text as archived`,
    description: `The stored text of ${sourceShortName(id)} exactly as archived${extras ? `, with ${extras}` : ''}.`,
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
        <Link prefetch={false} href={sourceHref(id)}>{sourceShortName(id)}</Link> <span aria-hidden="true">›</span> Text as archived
      </nav>
      <h1 className="font-serif text-2xl font-semibold">The text exactly as archived</h1>
      <p className="mt-2">
        This is the article as the catalog stores it, character for character, with nothing added
        {extras ? `: it includes ${extras}, which the reader leaves out.` : '; the reader shows every passage of it.'}
      </p>
      <details className="mt-2 text-sm text-muted">
        <summary className="cursor-pointer">File details</summary>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt>Stored as</dt>
          <dd>
            <code>{source.meta.archivedAs}</code>
          </dd>
          <dt>SHA-256</dt>
          <dd>
            <code className="break-all">{source.meta.sha256}</code>
          </dd>
        </dl>
        <p className="mt-2">The build checks the text against this digest, so a changed character stops it.</p>
      </details>
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
