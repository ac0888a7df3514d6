/**
 * The search page's results for ?q=, and as you type: the query lives in the address, rewritten
 * without adding history entries, so any list of results can be linked.
 */
import { searchPageHref, type SearchHit } from '@/catalog/search/search';
import { el, highlighted, resultCounts, showNotice } from './render';
import { searchIndex } from './search-index';

/** Enough for every entry and a long list of passages; each shown result is one small file. */
const PAGE_LIMIT = 50;

function group(title: string, items: HTMLElement[]): HTMLElement[] {
  if (items.length === 0) return [];
  const id = `results-${title.toLowerCase().replace(/\s+/g, '-')}`;
  const heading = el('h2', 'mb-3 text-sm font-semibold uppercase tracking-wide text-muted', title);
  heading.id = id;
  const section = el('section', 'mt-8', heading, el('ul', 'space-y-4', ...items));
  section.setAttribute('aria-labelledby', id);
  return [section];
}

function link(href: string, className: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = el('a', className, ...children);
  a.href = href;
  return a;
}

const entryItem = (hit: SearchHit) =>
  el(
    'li',
    '',
    link(hit.url, 'capitalize-first inline-block font-serif text-lg font-semibold', highlighted(hit.title, hit.terms)),
    el('span', 'ml-2 text-sm text-muted', hit.label),
    el('p', 'text-sm text-muted', highlighted(hit.snippet, hit.terms)),
  );

const passageItem = (hit: SearchHit) =>
  el('li', '', link(hit.url, 'text-sm', `${hit.label} · ${hit.title}`), el('p', 'mt-1 font-serif leading-relaxed', highlighted(hit.snippet, hit.terms)));

/** Wires the search page's field, status, notice and results (app/search/page.tsx). */
export function attachSearchPage(root: HTMLElement): void {
  const box = root.querySelector<HTMLInputElement>('#search-page-input')!;
  const status = root.querySelector<HTMLElement>('#search-page-status')!;
  const notice = root.querySelector<HTMLElement>('#search-page-notice')!;
  const results = root.querySelector<HTMLElement>('#search-page-results')!;
  let asked = 0;

  const run = async () => {
    const ticket = ++asked;
    const query = box.value;
    if (query.trim() === '') {
      status.textContent = '';
      showNotice(notice, undefined);
      return results.replaceChildren();
    }
    status.textContent = 'Searching…';
    try {
      const answer = await searchIndex.search(query, { limit: PAGE_LIMIT });
      if (ticket !== asked) return;
      const entries = answer.hits.filter((h) => h.kind === 'entry');
      const passages = answer.hits.filter((h) => h.kind === 'passage');
      showNotice(notice, answer.notice);
      results.replaceChildren(...group(answer.entriesHeading ?? 'Entries', entries.map(entryItem)), ...group('Passages', passages.map(passageItem)));
      status.textContent = answer.hits.length === 0 ? 'No entries or passages match.' : `${resultCounts(answer)} match.`;
    } catch {
      if (ticket !== asked) return;
      status.textContent = 'The search index could not be loaded. Reload the page to try again.';
    }
  };

  box.value = new URLSearchParams(location.search).get('q') ?? '';
  box.addEventListener('input', () => {
    window.history.replaceState(null, '', searchPageHref(box.value));
    void run();
  });
  void run();
}
