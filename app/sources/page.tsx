import type { Metadata } from 'next';
import Link from 'next/link';
import { listSources, plural, sourceHref, sourceShortName, sourceTitle, sourcesInWords } from '@/catalog/views';
import { SourceMetaList } from '../components/source-meta-list';

export function generateMetadata(): Metadata {
  return {
    title: 'Sources',
    description: `The ${sourcesInWords()} the catalog is built from, with their metadata exactly as their texts state it.`,
    alternates: { canonical: '/sources' },
  };
}

export default function SourcesPage() {
  const sources = listSources();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Sources</h1>
      <p className="mt-2 text-muted">
        The catalog quotes only these articles. Their texts are stored byte for byte and checked against a recorded
        SHA-256 at every build; the metadata below is only what each text states.
      </p>
      <ol className="mt-8 space-y-6">
        {sources.map((source) => {
          const id = source.meta.id;
          return (
            <li key={id} className="render-near rounded-md border border-rule p-5">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">{sourceShortName(id)}</p>
              <h2 className="mt-1 font-serif text-xl font-semibold">
                <Link prefetch={false} href={sourceHref(id)}>{sourceTitle(source)}</Link>
              </h2>
              <div className="mt-3">
                <SourceMetaList meta={source.meta} />
              </div>
              <p className="mt-3 text-sm text-muted">
                {plural(source.blocks.filter((b) => b.kind === 'paragraph' && !b.duplicateOf).length, 'paragraph')},{' '}
                {plural(source.blocks.filter((b) => b.kind === 'caption' && !b.duplicateOf).length, 'photo caption')}
              </p>
              <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <Link prefetch={false} href={sourceHref(id)}>Read the article</Link>
                <Link prefetch={false} href={`/sources/${id}/text`}>Text exactly as archived</Link>
                <a href={`/sources/${id}/citation.json`} download={`${id}.csl.json`}>
                  CSL-JSON
                </a>
                <a href={`/sources/${id}/citation.bib`} download={`${id}.bib`}>
                  BibTeX
                </a>
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
