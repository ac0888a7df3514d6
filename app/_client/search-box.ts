/**
 * The header search box as an ARIA combobox: results (entries, then passages) as you type,
 * arrow keys to move, Enter to open, Escape to close. It sits inside the header's GET form,
 * which it leaves to submit when no result is chosen. Results are plain links, opened with a
 * full page load, so a passage lands on the reader with its :target mark.
 */
import { searchPageHref, type SearchAnswer, type SearchDetail, type SearchHit } from '@/catalog/search/search';
import { el, hitSummary, resultCounts, showNotice } from './render';
import { searchIndex } from './search-index';

/** Results per group in the dropdown; the search page shows the rest. */
const DROPDOWN_LIMIT = 5;
/**
 * While the reader types, entries are shown from their heads (name, category, aliases, first
 * fact) and passages only if already read; once typing pauses this long, the cards of entries
 * that matched by their facts are read for the line that shows why, and the passages that
 * match. Longer than the gap between a typist's keystrokes, short enough to land before the
 * reader has read the names.
 */
const PAUSE_MS = 300;

const byId = (id: string) => document.getElementById(id)!;

/** Wires the box to the dropdown built around it by app/components/search-box.tsx. */
export function attachSearchBox(box: HTMLInputElement): void {
  const popup = byId('site-search-popup');
  const message = byId('site-search-message');
  const notice = byId('site-search-notice');
  const listbox = byId('site-search-results');
  const all = byId('site-search-all') as HTMLAnchorElement;
  const status = byId('site-search-status');
  let hits: SearchHit[] = [];
  let active = -1;
  let open = false;
  let asked = 0;
  let answered: SearchAnswer | undefined;
  let failed = false;
  let pause: ReturnType<typeof setTimeout> | undefined;

  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  /** The address of the result the arrow keys chose, read from the list on screen. */
  const chosenUrl = () => (active >= 0 ? (options()[active]?.getAttribute('href') ?? undefined) : undefined);
  const setActive = (i: number) => {
    active = i;
    options().forEach((o, n) => o.setAttribute('aria-selected', String(n === i)));
    const chosen = options()[i];
    if (chosen) {
      box.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    } else box.removeAttribute('aria-activedescendant');
  };
  const setOpen = (value: boolean) => {
    open = value && box.value.trim() !== '';
    popup.hidden = !open;
    box.setAttribute('aria-expanded', String(open && hits.length > 0));
    if (!open) setActive(-1);
  };

  const group = (name: string, list: SearchHit[], offset: number) => {
    if (list.length === 0) return [];
    const labelId = `site-search-${name.toLowerCase().replace(/\s+/g, '-')}`;
    const heading = el('div', 'px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-muted', name);
    heading.id = labelId;
    heading.setAttribute('role', 'presentation');
    const node = el('div', 'py-1', heading);
    node.setAttribute('role', 'group');
    node.setAttribute('aria-labelledby', labelId);
    list.forEach((hit, i) => {
      const option = el('a', 'block scroll-mb-14 rounded px-3 py-2 no-underline hover:bg-accent-soft/60 aria-selected:bg-accent-soft aria-selected:outline aria-selected:outline-1 aria-selected:outline-accent', hitSummary(hit));
      option.href = hit.url;
      option.id = `site-search-option-${offset + i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.tabIndex = -1;
      // Clicking a result must not blur the box first (that would close the list under the pointer).
      option.addEventListener('mousedown', (e) => e.preventDefault());
      node.append(option);
    });
    return [node];
  };

  const render = (chosen?: string) => {
    const query = box.value.trim();
    const entries = hits.filter((h) => h.kind === 'entry');
    const passages = hits.filter((h) => h.kind === 'passage');
    listbox.replaceChildren(...group(answered?.entriesHeading ?? 'Entries', entries, 0), ...group('Passages', passages, entries.length));
    listbox.hidden = hits.length === 0;
    showNotice(notice, answered?.notice);
    message.textContent = failed
      ? 'Search could not load. Press Enter to open the search page.'
      : !answered
        ? 'Loading search…'
        : hits.length === 0
          ? answered.provisional
            ? 'Looking for passages…'
            : 'No entries or passages match.'
          : '';
    message.hidden = message.textContent === '';
    all.hidden = hits.length === 0;
    all.href = searchPageHref(query);
    all.textContent = `See all results for “${query}”`;
    const counts = hits.length > 0 && answered ? resultCounts(answered) : 'No matches';
    // Said once typing pauses, for the final answer: the counts while typing (passages not
    // read yet) would be announced only to be corrected, so until then the status is empty.
    const said = open && answered && !answered.provisional ? [answered.notice, counts].filter(Boolean).join(' ') : '';
    if (status.textContent !== said) status.textContent = said;
    listbox.removeAttribute('aria-busy');
    // A result chosen with the arrow keys stays chosen when newer results still hold it, so
    // Enter opens what is highlighted even if the results changed since.
    setActive(chosen === undefined ? -1 : hits.findIndex((h) => h.url === chosen));
    setOpen(open);
  };

  const run = async (detail: SearchDetail) => {
    clearTimeout(pause);
    const ticket = ++asked;
    const query = box.value;
    if (query.trim() === '') {
      hits = [];
      answered = undefined;
      listbox.removeAttribute('aria-busy');
      return setOpen(false);
    }
    // The results on screen stay while newer ones load, marked as out of date (globals.css dims
    // them if the wait lasts).
    listbox.setAttribute('aria-busy', 'true');
    try {
      const answer = await searchIndex.search(query, { limit: DROPDOWN_LIMIT, detail });
      if (ticket !== asked) return;
      answered = answer;
      hits = answer.hits;
      failed = false;
      if (answer.provisional) pause = setTimeout(() => void run('final'), PAUSE_MS);
    } catch {
      if (ticket !== asked) return;
      failed = true;
      hits = [];
    }
    render(chosenUrl());
  };

  // A query that grew or shrank by one character is being typed: its entries come from their
  // heads until typing pauses. One pasted, chosen from the browser's list or cleared at once is
  // read in full right away.
  let previous = box.value;
  box.addEventListener('input', () => {
    open = true;
    if (!answered) render();
    const typing = Math.abs([...box.value].length - [...previous].length) === 1;
    previous = box.value;
    void run(typing ? 'typing' : 'final');
  });
  box.addEventListener('focus', () => {
    void searchIndex.warm().catch(() => undefined);
    setOpen(true);
  });
  box.form?.addEventListener('focusout', (event) => {
    if (!box.form!.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  box.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && hits.length > 0) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const wasOpen = open;
      setOpen(true);
      setActive(!wasOpen || active < 0 ? (step > 0 ? 0 : hits.length - 1) : (active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && open && hits[active]) {
      event.preventDefault();
      window.location.assign(hits[active]!.url);
    } else if (event.key === 'Escape' && open) {
      // Close the list first; a second Escape clears the field as a search field does.
      event.preventDefault();
      setOpen(false);
    }
  });

  // Letters typed before this code arrived are searched now.
  open = document.activeElement === box;
  void searchIndex.warm().catch(() => undefined);
  if (box.value.trim() !== '') void run('final');
  else setOpen(open);
}
