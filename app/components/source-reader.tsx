import Link from 'next/link';
import type { SourceRecord } from '@/catalog/schema/derived';
import { archivedExtras, citedByAnchor, listEntries, readerBlocks, sourceHref, sourceJsonLd, sourceOrdinal, sourceProvenance, sourceShortName, sourceTitle } from '@/catalog/views';
import { SITE_URL } from '../site';
import { JsonLd } from './json-ld';
import { SourceMetaList } from './source-meta-list';
import { PassageBody, ReaderPassage } from './reader-passage';

export interface SourceReaderProps {
  source: SourceRecord;
}

/** The article as a reader sees it: headline, byline, paragraphs and captions, site chrome left out. */
export function SourceReader({ source }: SourceReaderProps) {
  const id = source.meta.id;
  const names = Object.fromEntries(listEntries().map((e) => [e.slug, e.name]));
  const citedBy = citedByAnchor(id);
  const all = readerBlocks(id);
  const headline = all.find((b) => b.block.kind === 'headline');
  const blocks = all.filter((b) => b !== headline);
  const repeats = source.blocks.filter((b) => b.duplicateOf);
  const extras = archivedExtras(source);
  const provenance = sourceProvenance(source);
  const repeatIdsOf = (blockId: string) => repeats.filter((r) => r.duplicateOf === blockId).map((r) => r.id);

  return (
    <article className="mx-auto max-w-2xl">
      <JsonLd data={sourceJsonLd(source, SITE_URL)} />
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link prefetch={false} href="/sources">Sources</Link> <span aria-hidden="true">›</span> {sourceShortName(id)}
      </nav>
      <header className="mb-8 border-b border-rule pb-6">
        {source.meta.section.status === 'stated' && (
          <p className="mb-2 text-xs uppercase tracking-wide text-muted">{source.meta.section.value}</p>
        )}
        <h1 id={headline?.block.id} className="passage font-serif text-3xl font-semibold leading-tight sm:text-4xl">
          {headline ? (
            <>
              {repeatIdsOf(headline.block.id).map((r) => (
                <span key={r} id={r} />
              ))}
              <PassageBody passage={headline} names={names} citedBy={citedBy} />
            </>
          ) : (
            sourceTitle(source)
          )}
        </h1>
        {!headline && (
          <p className="mt-2 text-sm text-muted">
            The text states no headline, so the catalog names it by its opening words.
          </p>
        )}
        {provenance.translation && (
          <p className="mt-3 font-sans text-sm">
            <span className="font-semibold">A translation:</span> the text notes “
            {provenance.translation.block ? <a href={`#${provenance.translation.block}`}>{provenance.translation.value}</a> : provenance.translation.value}”.
          </p>
        )}
        {provenance.earlier && (
          <p className="mt-3 font-sans text-sm">
            <span className="font-semibold">A later version</span> of{' '}
            <Link prefetch={false} href={sourceHref(provenance.earlier.source.meta.id)}>
              {sourceOrdinal(provenance.earlier.source.meta.id)}: {sourceTitle(provenance.earlier.source)}
            </Link>
            {provenance.earlier.mark ? <>, marked “{provenance.earlier.mark}”</> : null}.
          </p>
        )}
        {provenance.later.map((later) => (
          <p key={later.meta.id} className="mt-3 font-sans text-sm">
            <span className="font-semibold">Updated:</span> a later version of this article is{' '}
            <Link prefetch={false} href={sourceHref(later.meta.id)}>
              {sourceOrdinal(later.meta.id)}: {sourceTitle(later)}
            </Link>
            .
          </p>
        ))}
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer text-muted">About this source</summary>
          <div className="mt-3 space-y-3">
            <SourceMetaList meta={source.meta} />
            <p>
              <Link prefetch={false} href={`/sources/${id}/text`}>The text exactly as archived</Link>
              {extras ? `, including ${extras}, which this view leaves out.` : ': this view shows every passage of it.'}
            </p>
          </div>
        </details>
        <p className="no-print mt-4 text-xs text-muted">
          <mark className="quote-mark">Words underlined with dots</mark> are quoted by catalog entries (the one a link points at is
          highlighted); <span className="mention text-accent underline">linked names</span> open the entry for that system; numbers
          in the margin are paragraph numbers. Notes in small type marked “catalog” are the catalog’s, not the article’s, and are
          left out when you copy the text.
        </p>
      </header>

      <div className="space-y-5 font-serif text-lg leading-relaxed">
        {blocks.map((b) => (
          <ReaderPassage
            key={b.block.id}
            sourceId={id}
            passage={b}
            names={names}
            citedBy={citedBy}
            repeatIds={repeatIdsOf(b.block.id)}
          />
        ))}
      </div>
    </article>
  );
}
