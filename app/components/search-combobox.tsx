'use client';

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { searchCatalog, searchPageHref, type SearchHit } from '@/catalog/lib/search';
import { HighlightedText } from './highlighted-text';
import { useSearchIndex } from './use-search-index';
import { useSlashShortcut } from './use-slash-shortcut';

/** Results per group in the dropdown; the search page shows the rest. */
const DROPDOWN_LIMIT = 5;

// A full page load, so a passage link lands on the reader with its :target highlight.
const visit = (url: string) => window.location.assign(url);
const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * The header search box as an ARIA combobox: results (entries, then passages) as you type,
 * arrow keys to move, Enter to open, Escape to close, "/" anywhere to focus. It sits inside
 * the header's GET form, which it leaves to submit when no result is chosen.
 */
export function SearchCombobox() {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { index, failed, load } = useSearchIndex();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  useSlashShortcut(inputRef);

  const hasQuery = query.trim() !== '';
  const hits = useMemo(() => (index && hasQuery ? searchCatalog(index, query, { limit: DROPDOWN_LIMIT }) : []), [index, query, hasQuery]);
  const urls = hits.length > 0 ? [...hits.map((h) => h.url), searchPageHref(query)] : [];
  const showing = expanded && hasQuery;
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && urls.length > 0) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setExpanded(true);
      setActive((a) => (!showing || a < 0 ? (step > 0 ? 0 : urls.length - 1) : (a + step + urls.length) % urls.length));
    } else if (event.key === 'Enter' && showing && urls[active]) {
      event.preventDefault();
      visit(urls[active]);
    } else if (event.key === 'Escape' && showing) {
      // Close the list first; a second Escape clears the field as a search field does.
      event.preventDefault();
      setExpanded(false);
      setActive(-1);
    }
  };

  const option = (i: number, hit: SearchHit | null) => (
    <div
      key={hit?.id ?? 'all'}
      id={optionId(i)}
      role="option"
      aria-selected={i === active}
      onMouseDown={keepFocus}
      onClick={() => visit(urls[i]!)}
      className="cursor-pointer rounded px-3 py-2 hover:bg-accent-soft/60 aria-selected:bg-accent-soft aria-selected:outline aria-selected:outline-1 aria-selected:outline-accent"
    >
      {hit ? <HitSummary hit={hit} /> : <span className="block truncate text-sm text-accent">See all results for “{query.trim()}”</span>}
    </div>
  );
  const entries = hits.filter((h) => h.kind === 'entry');
  const passages = hits.filter((h) => h.kind === 'passage');
  const group = (name: string, list: SearchHit[], offset: number) =>
    list.length > 0 && (
      <div role="group" aria-labelledby={`${id}-${name}`} className="py-1">
        <div id={`${id}-${name}`} role="presentation" className="px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-muted">
          {name}
        </div>
        {list.map((hit, i) => option(offset + i, hit))}
      </div>
    );

  return (
    <div
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setExpanded(false);
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        Search the catalog
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showing && urls.length > 0}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={showing && active >= 0 ? optionId(active) : undefined}
        placeholder="Search weapons and passages  /"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => {
          load();
          setExpanded(true);
        }}
        onChange={(event) => {
          load();
          setQuery(event.target.value);
          setExpanded(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-rule bg-paper px-3 py-1.5 text-sm text-ink placeholder:text-muted"
      />
      <div
        hidden={!showing}
        className="absolute left-0 right-0 top-full z-40 mt-1 max-h-[min(32rem,75vh)] overflow-y-auto rounded-md border border-rule bg-paper p-1 shadow-lg sm:left-auto sm:w-[30rem]"
      >
        {!index && !failed && <p className="px-3 py-2 text-sm text-muted">Loading search…</p>}
        {failed && <p className="px-3 py-2 text-sm text-muted">Search could not load. Press Enter to open the search page.</p>}
        {index && hits.length === 0 && <p className="px-3 py-2 text-sm text-muted">No entries or passages match.</p>}
        <div role="listbox" id={`${id}-listbox`} aria-label="Search results" hidden={urls.length === 0}>
          {group('Entries', entries, 0)}
          {group('Passages', passages, entries.length)}
          {hits.length > 0 && <div className="border-t border-rule pt-1">{option(hits.length, null)}</div>}
        </div>
      </div>
      <p role="status" className="sr-only">
        {showing && index ? (hits.length > 0 ? `${entries.length} entries and ${passages.length} passages` : 'No matches') : ''}
      </p>
    </div>
  );
}

/** What a dropdown option shows: an entry's name and matching line, or a passage's words. */
function HitSummary({ hit }: { hit: SearchHit }) {
  if (hit.kind === 'entry') {
    return (
      <>
        <span className="block text-sm font-semibold text-ink">
          <HighlightedText text={hit.title} terms={hit.terms} />
          <span className="ml-2 text-xs font-normal text-muted">{hit.label}</span>
        </span>
        <span className="block truncate text-xs text-muted">
          <HighlightedText text={hit.snippet} terms={hit.terms} />
        </span>
      </>
    );
  }
  return (
    <>
      <span className="block truncate text-xs text-muted">
        {hit.label} · {hit.title}
      </span>
      <span className="line-clamp-2 block text-sm text-ink">
        <HighlightedText text={hit.snippet} terms={hit.terms} />
      </span>
    </>
  );
}
