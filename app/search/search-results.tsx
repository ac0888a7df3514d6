'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { searchCatalog, searchPageHref, type SearchHit } from '@/catalog/search/search';
import { HighlightedText } from '../components/highlighted-text';
import { useSearchIndex } from '../components/use-search-index';

/** Enough for every entry and any realistic set of passages. */
const PAGE_LIMIT = 100;

/**
 * The search page's box and full results. The query lives in the address (?q=), rewritten as
 * you type without adding history entries, so any results list can be linked.
 */
export function SearchResults() {
  const params = useSearchParams();
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const { index, failed, load } = useSearchIndex();
  useEffect(load, [load]);

  const hits = useMemo(() => (index ? searchCatalog(index, query, { limit: PAGE_LIMIT }) : []), [index, query]);
  const entries = hits.filter((h) => h.kind === 'entry');
  const passages = hits.filter((h) => h.kind === 'passage');
  const hasQuery = query.trim() !== '';

  return (
    <div className="max-w-3xl">
      <label htmlFor="search-page-input" className="mb-1 block text-sm text-muted">
        Names, designations such as “Hwasong-18”, or any words from the articles
      </label>
      <input
        id="search-page-input"
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          window.history.replaceState(null, '', searchPageHref(event.target.value));
        }}
        className="w-full rounded-md border border-rule bg-paper px-3 py-2 text-base text-ink"
      />
      <p role="status" className="mt-3 text-sm text-muted">
        {statusText({ failed, loaded: index !== null, hasQuery, entries: entries.length, passages: passages.length })}
      </p>
      {entries.length > 0 && (
        <ResultGroup title="Entries">
          {entries.map((hit) => (
            <li key={hit.id}>
              <Link prefetch={false} href={hit.url} className="capitalize-first inline-block font-serif text-lg font-semibold">
                <HighlightedText text={hit.title} terms={hit.terms} />
              </Link>
              <span className="ml-2 text-sm text-muted">{hit.label}</span>
              <p className="text-sm text-muted">
                <HighlightedText text={hit.snippet} terms={hit.terms} />
              </p>
            </li>
          ))}
        </ResultGroup>
      )}
      {passages.length > 0 && (
        <ResultGroup title="Passages">
          {passages.map((hit) => (
            <PassageResult key={hit.id} hit={hit} />
          ))}
        </ResultGroup>
      )}
    </div>
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function statusText(s: { failed: boolean; loaded: boolean; hasQuery: boolean; entries: number; passages: number }): string {
  if (s.failed) return 'The search index could not be loaded. Reload the page to try again.';
  if (!s.loaded) return 'Loading search…';
  if (!s.hasQuery) return '';
  if (s.entries + s.passages === 0) return 'No entries or passages match.';
  return `${count(s.entries, 'entry', 'entries')} and ${count(s.passages, 'passage', 'passages')} match.`;
}

function ResultGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8" aria-labelledby={`results-${title.toLowerCase()}`}>
      <h2 id={`results-${title.toLowerCase()}`} className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
        {title}
      </h2>
      <ul className="space-y-4">{children}</ul>
    </section>
  );
}

/** A passage result: a plain link (a full page load), so the reader can mark the passage as :target. */
function PassageResult({ hit }: { hit: SearchHit }) {
  return (
    <li>
      <a href={hit.url} className="text-sm">
        {hit.label} · {hit.title}
      </a>
      <p className="mt-1 font-serif leading-relaxed">
        <HighlightedText text={hit.snippet} terms={hit.terms} />
      </p>
    </li>
  );
}
