/**
 * DOM for search results, shared by the header box and the search page. Text is only ever set
 * as text nodes, split by the search normalizer, so nothing in a query or a passage is read as
 * markup or as a pattern.
 */
import type { SearchAnswer, SearchHit } from '@/catalog/search/search';
import { highlightRanges } from '@/catalog/search/search-text';

/** `tag` with `className` and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** `text` with the words that yield `terms` marked. */
export function highlighted(text: string, terms: string[]): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    if (start > at) out.append(text.slice(at, start));
    out.append(el('mark', 'search-hit text-ink', text.slice(start, end)));
    at = end;
  }
  if (at < text.length) out.append(text.slice(at));
  return out;
}

/**
 * The notice line above results: shown with `text`, hidden without. The dropdown and the search
 * page both call this, so whatever a query has to say first appears the same way in both.
 */
export function showNotice(node: HTMLElement, text: string | undefined): void {
  node.textContent = text ?? '';
  node.hidden = !text;
}

/** What a dropdown option shows: an entry's name and matching line, or a passage's words. */
export function hitSummary(hit: SearchHit): DocumentFragment {
  const out = document.createDocumentFragment();
  if (hit.kind === 'entry') {
    out.append(
      el(
        'span',
        'capitalize-first block text-sm font-semibold text-ink',
        highlighted(hit.title, hit.terms),
        el('span', 'sr-only', ', '),
        el('span', 'ml-2 text-xs font-normal text-muted', hit.label),
        el('span', 'sr-only', '. '),
      ),
      // Two lines, not one: a fact line's speaker and certainty come first and its hedge last, and
      // the words that matched are often past the first line on a phone.
      el('span', 'line-clamp-2 text-xs text-muted', highlighted(hit.snippet, hit.terms)),
    );
  } else {
    out.append(
      el('span', 'block truncate text-xs text-muted', `${hit.label} · ${hit.title}`, el('span', 'sr-only', ': ')),
      el('span', 'line-clamp-2 text-sm text-ink', highlighted(hit.snippet, hit.terms)),
    );
  }
  return out;
}

export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * How many results an answer shows, under its notice: entries found for a designation no source
 * names are other systems, and are counted as such ("3 other systems and 6 passages").
 */
export function resultCounts(answer: Pick<SearchAnswer, 'entriesHeading' | 'hits'>): string {
  const entries = answer.hits.filter((h) => h.kind === 'entry').length;
  const passages = answer.hits.length - entries;
  const [one, many] = answer.entriesHeading === 'Other systems' ? ['other system', 'other systems'] : ['entry', 'entries'];
  return `${count(entries, one, many)} and ${count(passages, 'passage', 'passages')}`;
}
