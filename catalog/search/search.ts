/**
 * Site search over the catalog: the documents (entries and source passages), the MiniSearch
 * options shared by the build (which serializes the index) and the browser (which loads it),
 * and the query function the search box, the search page and the CLI all call.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Catalog, SourceRecord } from '../schema/derived';
import type { FactLabel } from '../schema/entry';
import { factLine } from '../labels';
import { highlightRanges, searchTerms, wordSpans } from './search-text';
import { visibleBlocks } from '../text/reader-blocks';

/** One searchable thing: an entry of the catalog, or a passage of a source. */
export interface SearchDocument {
  id: string;
  kind: 'entry' | 'passage';
  url: string;
  /** Entry name, or the title of the passage's source. */
  title: string;
  /** Entry category, or the passage label ("Paragraph 3"). */
  label: string;
  name?: string;
  aliases?: string;
  category?: string;
  /** An entry's aliases and facts, one per line, for the snippet. */
  facts?: string;
  /** A passage's text. */
  text?: string;
}

/** A search result, ready to show: what it is, where it links, and which terms matched. */
export interface SearchHit {
  id: string;
  kind: SearchDocument['kind'];
  url: string;
  title: string;
  label: string;
  /** A stretch of the passage, or the entry line, that contains the match. */
  snippet: string;
  /** The indexed terms that matched, for `highlightRanges`. */
  terms: string[];
  /** The query terms that found it (after typo and prefix matching, the words as typed). */
  queryTerms: string[];
  /** True when a name, alias or category matched, not only the words of a fact or a passage. */
  byName: boolean;
  score: number;
}

/**
 * Queries are cut to this many characters before searching: a real query is a few words, and
 * the cap keeps a pasted essay from fanning out into hundreds of fuzzy lookups on each keystroke.
 */
export const MAX_QUERY_LENGTH = 200;
const ALIAS_LINE = 'Also written ';
/** Characters of passage text shown around the first match. */
const SNIPPET_LENGTH = 180;

/**
 * Edits a query term may be off by: none for short words (too easy to confuse "not" and
 * "north") or designations (a slip in "hwasong18" names another missile), one from 5
 * characters, two from 7 ("hwasnog" → "hwasong" is a transposition, two edits).
 */
function fuzziness(term: string): number | false {
  if (term.length < 5 || /\p{N}/u.test(term)) return false;
  return term.length >= 7 ? 2 : 1;
}

/** Index options: the same functions must be given to `MiniSearch.loadJSON` in the browser. */
export const SEARCH_INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['name', 'aliases', 'category', 'facts', 'text'],
  storeFields: ['kind', 'url', 'title', 'label', 'facts', 'text'],
  tokenize: searchTerms,
  // `searchTerms` already yields normalized terms.
  processTerm: (term) => term,
  searchOptions: {
    // A system's own name outweighs another entry that merely mentions it ("reaper drone").
    boost: { name: 10, aliases: 5, category: 2, facts: 1, text: 1 },
    fuzzy: fuzziness,
  },
};

/**
 * How the site names sources and facts and links entries and passages (catalog/views.ts).
 * Passed in rather than imported so the browser's copy of this module stays free of the
 * catalog loader and its schemas.
 */
export interface SearchNaming {
  sourceTitle: (source: SourceRecord) => string;
  factLabel: (label: FactLabel) => string;
  entryHref: (slug: string) => string;
  passageHref: (source: string, block: string) => string;
}

/**
 * The documents of the search index: every entry (name, aliases, category, facts) and every
 * passage a reader sees (no site chrome, each repeated block once), titled and linked as
 * `naming` says, so search results read and link like the rest of the site.
 */
export function buildSearchDocuments(catalog: Catalog, naming: SearchNaming): SearchDocument[] {
  const entries = catalog.entries.map((e): SearchDocument => {
    const lines = [
      ...(e.aliases.length ? [`${ALIAS_LINE}${e.aliases.join(', ')}`] : []),
      ...e.facts.map((f, i) => factLine(f, e.factCitations[i]!.map((n) => e.citations[n - 1]!.quote).find((q) => q.includes(f.value)) ?? '')),
    ];
    return {
      id: `entry:${e.slug}`,
      kind: 'entry',
      url: naming.entryHref(e.slug),
      title: e.name,
      label: e.category,
      name: e.name,
      aliases: e.aliases.join('\n'),
      category: e.category,
      facts: lines.join('\n'),
    };
  });
  const passages = catalog.sources.flatMap((source) =>
    visibleBlocks(source.blocks)
      .map((b): SearchDocument => ({
        id: `passage:${source.meta.id}#${b.id}`,
        kind: 'passage',
        url: naming.passageHref(source.meta.id, b.id),
        title: naming.sourceTitle(source),
        label: b.label,
        text: b.text,
      })),
  );
  return [...entries, ...passages];
}

/** A search index over the catalog, built once at build time (or once per CLI run). */
export function createSearchIndex(catalog: Catalog, naming: SearchNaming): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  index.addAll(buildSearchDocuments(catalog, naming));
  return index;
}

/**
 * The search page's address for a query. URLSearchParams encodes any string (a lone surrogate
 * becomes U+FFFD) where encodeURIComponent would throw.
 */
export function searchPageHref(query: string): string {
  return query ? `/search?${new URLSearchParams({ q: query })}` : '/search';
}

/** Loads an index serialized by `createSearchIndex(...).toJSON()` (the browser's copy). */
export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, SEARCH_INDEX_OPTIONS);
}

/** A window of `text` around its first highlighted word, cut at word boundaries. */
function excerpt(text: string, terms: string[]): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const first = highlightRanges(text, terms)[0]?.[0] ?? 0;
  const spans = wordSpans(text);
  const from = Math.max(0, Math.min(first - SNIPPET_LENGTH / 3, text.length - SNIPPET_LENGTH));
  const start = from === 0 ? 0 : Math.min(...spans.filter((s) => s.start >= from).map((s) => s.start), first);
  const limit = start + SNIPPET_LENGTH;
  const end = limit >= text.length ? text.length : Math.max(...spans.filter((s) => s.end <= limit).map((s) => s.end), start);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** The entry line that shows why it matched: a matching alias or fact, else its first fact. */
function entrySnippet(facts: string, terms: string[]): string {
  const lines = facts.split('\n');
  return lines.find((line) => highlightRanges(line, terms).length > 0) ?? lines.find((l) => !l.startsWith(ALIAS_LINE)) ?? '';
}

function toHit(result: SearchResult): SearchHit {
  const kind = result.kind as SearchHit['kind'];
  const text = String(result.text ?? '');
  return {
    id: result.id as string,
    kind,
    url: String(result.url),
    title: String(result.title),
    label: String(result.label),
    snippet: kind === 'entry' ? entrySnippet(String(result.facts ?? ''), result.terms) : excerpt(text, result.terms),
    terms: result.terms,
    queryTerms: result.queryTerms,
    byName: Object.values(result.match).some((fields) => fields.some((f) => f === 'name' || f === 'aliases' || f === 'category')),
    score: result.score,
  };
}

/**
 * Searches the catalog: matching entries first, then matching passages, each group best first
 * and cut to `limit` (per group). Case, hyphens versus spaces, curly versus straight
 * apostrophes and accents are ignored; terms of 5+ characters tolerate typos; the last word is
 * matched as a prefix, so results follow typing. Any string is a valid query: one without
 * words returns `[]`.
 */
export function searchCatalog(index: MiniSearch<SearchDocument>, query: string, { limit = 8 }: { limit?: number } = {}): SearchHit[] {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  const spans = wordSpans(text);
  const terms = [...new Set(spans.flatMap((s) => s.terms))];
  if (terms.length === 0) return [];
  // The last word as typed so far (and any designation it ends) matches as a prefix; its
  // by-products (the "north" of "north's", the "hwasong" of "hwasong18") do not.
  const lastEnd = Math.max(...spans.map((s) => s.end));
  // One letter is no prefix worth following: "a" would match every passage.
  const prefixes = spans.filter((s) => s.end === lastEnd && s.terms[0] && s.terms[0].length > 1).map((s) => s.terms[0]!);
  const results = index.search(terms.join(' '), {
    // The query is already normalized: split on spaces only, so joined forms stay whole.
    tokenize: (q) => q.split(' '),
    prefix: (term) => prefixes.includes(term),
    // A typo may change a letter, never a number: an indexed term with digits counts only when
    // typed in full or, for the last word, begun ("hwasong" must not find "hwasong17" by fuzz).
    boostDocument: (_id, term) => (!/\p{N}/u.test(term) || terms.includes(term) || prefixes.some((p) => term.startsWith(p)) ? 1 : 0),
  });
  // Cut to the limit before building snippets: highlighting is the costly part of a keystroke.
  const top = (kind: SearchHit['kind']) => results.filter((r) => r.kind === kind).slice(0, limit).map(toHit);
  return [...top('entry'), ...top('passage')];
}
