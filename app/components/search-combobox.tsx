'use client';

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { searchCatalog, searchPageHref, type SearchHit } from '@/catalog/search/search';
import { SearchHitSummary } from './search-hit-summary';
import { useSearchIndex } from './use-search-index';
import { useSlashShortcut } from './use-slash-shortcut';

/** Results per group in the dropdown; the search page shows the rest. */
const DROPDOWN_LIMIT = 5;

// Clicking a result must not blur the box first (that would close the list under the pointer).
const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * The header search box as an ARIA combobox: results (entries, then passages) as you type,
 * arrow keys to move, Enter to open, Escape to close, "/" anywhere to focus. It sits inside
 * the header's GET form, which it leaves to submit when no result is chosen. Results are plain
 * links, opened with a full page load, so a passage lands on the reader with its :target mark.
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
  const entries = hits.filter((h) => h.kind === 'entry');
  const passages = hits.filter((h) => h.kind === 'passage');
  const showing = expanded && hasQuery;
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && hits.length > 0) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setExpanded(true);
      setActive((a) => (!showing || a < 0 ? (step > 0 ? 0 : hits.length - 1) : (a + step + hits.length) % hits.length));
    } else if (event.key === 'Enter' && showing && hits[active]) {
      event.preventDefault();
      window.location.assign(hits[active].url);
    } else if (event.key === 'Escape' && showing) {
      // Close the list first; a second Escape clears the field as a search field does.
      event.preventDefault();
      setExpanded(false);
      setActive(-1);
    }
  };

  const group = (name: string, list: SearchHit[], offset: number) =>
    list.length > 0 && (
      <div role="group" aria-labelledby={`${id}-${name}`} className="py-1">
        <div id={`${id}-${name}`} role="presentation" className="px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-muted">
          {name}
        </div>
        {list.map((hit, i) => (
          <a
            key={hit.id}
            href={hit.url}
            id={optionId(offset + i)}
            role="option"
            aria-selected={offset + i === active}
            tabIndex={-1}
            onMouseDown={keepFocus}
            className="block scroll-mb-14 rounded px-3 py-2 no-underline hover:bg-accent-soft/60 aria-selected:bg-accent-soft aria-selected:outline aria-selected:outline-1 aria-selected:outline-accent"
          >
            <SearchHitSummary hit={hit} />
          </a>
        ))}
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
        aria-expanded={showing && hits.length > 0}
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
        className="absolute left-0 right-0 top-full z-40 mt-1 rounded-md border border-rule bg-paper shadow-lg sm:left-auto sm:w-[30rem]"
      >
        {!index && !failed && <p className="px-3 py-2 text-sm text-muted">Loading search…</p>}
        {failed && <p className="px-3 py-2 text-sm text-muted">Search could not load. Press Enter to open the search page.</p>}
        {index && hits.length === 0 && <p className="px-3 py-2 text-sm text-muted">No entries or passages match.</p>}
        <div role="listbox" id={`${id}-listbox`} aria-label="Search results" hidden={hits.length === 0} className="max-h-[min(28rem,70vh)] overflow-y-auto px-1">
          {group('Entries', entries, 0)}
          {group('Passages', passages, entries.length)}
        </div>
        {hits.length > 0 && (
          <a
            href={searchPageHref(query)}
            onMouseDown={keepFocus}
            className="block truncate border-t border-rule px-4 py-2.5 text-sm"
          >
            See all results for “{query.trim()}”
          </a>
        )}
      </div>
      <p role="status" className="sr-only">
        {showing && index ? (hits.length > 0 ? `${entries.length} entries and ${passages.length} passages` : 'No matches') : ''}
      </p>
    </div>
  );
}
