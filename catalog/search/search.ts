/**
 * Site search over the index files of search-format.ts: the query function the search box,
 * the search page and the command line all call. It asks `load` for the few files a query
 * needs (the buckets of its words, then the documents it shows) and ranks with the weights the
 * build computed. Exact words, the last word as a prefix, and typos in longer words match.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { FACT_LABELS, SPEC_LABELS } from '../labels';
import { designationKeysOf, readQuery, unnamedNotice, type CataloguedDesignation, type QueryReading } from './interpret-query';
import { highlightRanges, wordSpans } from './search-text';
import {
  bucketKey,
  bucketPath,
  PREFIX_COMPLETIONS,
  designationsPath,
  docPath,
  entryRef,
  headPath,
  manifestPath,
  ONLY_NAMED,
  refKind,
  refUrl,
  SEARCH_FORMAT,
  termBucketKey,
  type DesignationShard,
  type EntryCard,
  type EntryHead,
  type PassageDoc,
  type SearchManifest,
  type TermBucket,
} from './search-format';

/** A search result, ready to show: what it is, where it links, and which terms matched. */
export interface SearchHit {
  id: string;
  kind: 'entry' | 'passage';
  url: string;
  /** Entry name, or the title of the passage's source. */
  title: string;
  /** Entry category, or the passage label ("Paragraph 3"). */
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

/** What a query answers: an optional notice to show above the results, and the results. */
export interface SearchAnswer {
  /**
   * What the reader should read before the results, or none: that a designation is not named in
   * these sources, the answer to a specification question, a typo forgiven.
   */
  notice?: string;
  /** The heading of the entries when they are not what was asked for: "Other systems". */
  entriesHeading?: string;
  hits: SearchHit[];
  /** The cards of the entries among `hits` that were read in full, for anything that reasons about them. */
  cards: EntryCard[];
  /**
   * True when the answer was cut short while typing: some entries were shown from their heads
   * although a word they matched is in their facts (their line is the alias that matched or
   * their first fact, not yet the fact that matched), or some matching passages were left out
   * because they have not been read yet. Asking again with `detail: 'final'` gives the final
   * answer.
   */
  provisional?: true;
}

/**
 * How much of the answer is read. `final`: every result; an entry from its head when every word
 * it matched is in its names and none in its facts (the head then shows the line its card
 * would), else from its card, whose fact lines show why it matched. `typing`, while the reader
 * is still typing: every entry from its head, a third of the bytes, and only the passages
 * already read, since each keystroke of a common word ranks other passages in a large catalog.
 * Either way a card already read is used, and a specification question reads cards, since its
 * answer is in them.
 */
export type SearchDetail = 'final' | 'typing';

/** Fetches (or reads) one file of the index by its path; resolves to the parsed JSON. */
export type LoadSearchFile = (path: string) => Promise<unknown>;

/**
 * Queries are cut to this many characters before searching: a real query is a few words, and
 * the cap keeps a pasted essay from fanning out into hundreds of lookups on each keystroke.
 */
export const MAX_QUERY_LENGTH = 200;
const ALIAS_LINE = 'Also written ';
/** Characters of passage text shown around the first match. */
const SNIPPET_LENGTH = 180;
// How much a begun word and a typo count against the word itself (MiniSearch's defaults).
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
export { PREFIX_COMPLETIONS };

/**
 * Edits a query term may be off by: none for short words (too easy to confuse "not" and
 * "north") or designations (a slip in "hwasong18" names another missile), one from 5
 * characters, two from 7 ("hwasnog" → "hwasong" is a transposition, two edits).
 */
function fuzziness(term: string): number {
  if (term.length < 5 || /\p{N}/u.test(term)) return 0;
  return term.length >= 7 ? 2 : 1;
}

/** The words of a query as search terms, and which of them may match as a prefix. */
function parseQuery(query: string): { terms: string[]; prefixes: string[] } {
  const spans = wordSpans(query.slice(0, MAX_QUERY_LENGTH));
  const terms = [...new Set(spans.flatMap((s) => s.terms))];
  if (terms.length === 0) return { terms, prefixes: [] };
  // The last word as typed so far (and any designation it ends) matches as a prefix; its
  // by-products (the "north" of "north's", the "hwasong" of "hwasong18") do not.
  const lastEnd = Math.max(...spans.map((s) => s.end));
  // One letter is no prefix worth following: "a" would match every passage.
  const prefixes = spans.filter((s) => s.end === lastEnd && s.terms[0] && s.terms[0].length > 1).map((s) => s.terms[0]!);
  return { terms, prefixes };
}

/** A bucket ready to query: its postings and a trie of its terms for prefix and fuzzy lookups. */
interface LoadedBucket {
  terms: TermBucket['terms'];
  documents: NonNullable<TermBucket['documents']>;
  trie: SearchableMap<true>;
}

/**
 * A reader of the index over `load`, remembering every file it has read, so that a query
 * typed one letter at a time fetches each file once. One per page (or per CLI run).
 */
export class SearchIndexReader {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly buckets = new Map<string, Promise<LoadedBucket | undefined>>();
  private manifest: Promise<{ buckets: Set<string>; split: SearchManifest['split']; designations: Set<string> }> | undefined;

  constructor(private readonly load: LoadSearchFile) {}

  private read<T>(path: string): Promise<T> {
    let file = this.files.get(path);
    if (!file) {
      file = this.load(path);
      this.files.set(path, file);
      // A failed read is retried on the next query instead of being remembered.
      file.catch(() => this.files.get(path) === file && this.files.delete(path));
    }
    return file as Promise<T>;
  }

  private fileKeys(): Promise<{ buckets: Set<string>; split: SearchManifest['split']; designations: Set<string> }> {
    if (!this.manifest) {
      const request = this.read<SearchManifest>(manifestPath()).then((m) => {
        if (m.format !== SEARCH_FORMAT) throw new Error(`search index format ${m.format}, expected ${SEARCH_FORMAT}: reload the page`);
        return { buckets: new Set(m.buckets), split: m.split, designations: new Set(m.designations) };
      });
      request.catch(() => this.manifest === request && (this.manifest = undefined));
      this.manifest = request;
    }
    return this.manifest;
  }

  /** Fetches the manifest ahead of the first query (on focus), so typing waits for less. */
  warm(): Promise<unknown> {
    return this.fileKeys();
  }

  /** The bucket (or sub-bucket) that holds a term's postings, or none when no indexed term can match it. */
  private bucket(term: string): Promise<LoadedBucket | undefined> {
    return this.fileKeys().then(({ buckets, split }) => {
      const key = termBucketKey(term, split);
      return key !== undefined && buckets.has(bucketKey(term)) ? this.bucketFile(key) : undefined;
    });
  }

  private bucketFile(key: string): Promise<LoadedBucket | undefined> {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = (async () => {
        const { terms, documents = {} } = await this.read<TermBucket>(bucketPath(key));
        return { terms, documents, trie: SearchableMap.from(Object.keys(terms).map((t) => [t, true] as [string, true])) };
      })();
      this.buckets.set(key, bucket);
      // A failed read is retried on the next query, as in `read`.
      bucket.catch(() => this.buckets.get(key) === bucket && this.buckets.delete(key));
    }
    return bucket;
  }

  /** The catalogued designations a query may name, from the shards its designation-like words need. */
  private async designations(query: string): Promise<CataloguedDesignation[]> {
    const { designations } = await this.fileKeys();
    const keys = designationKeysOf(query).filter((k) => designations.has(k));
    const shards = await Promise.all(keys.map((k) => this.read<DesignationShard>(designationsPath(k))));
    const all = shards.flat();
    return all.filter((d, i) => all.findIndex((o) => o.slug === d.slug && o.designation.base === d.designation.base && o.designation.number === d.designation.number) === i);
  }

  /**
   * Searches the catalog: matching entries first, then matching passages, each group best first
   * and cut to `limit` (per group). Case, hyphens versus spaces, curly versus straight
   * apostrophes and accents are ignored; terms of 5+ characters tolerate typos (not in their
   * first two letters, which choose the bucket, nor in the third where a large bucket is split
   * by it); the last word is matched as a prefix, so results follow typing. Any string is a
   * valid query: one without words finds nothing.
   */
  async search(query: string, { limit = 8, detail = 'final' }: { limit?: number; detail?: SearchDetail } = {}): Promise<SearchAnswer> {
    const text = query.slice(0, MAX_QUERY_LENGTH);
    // The words to search do not depend on which designations are catalogued (only what the
    // reader is told about them does), so their buckets are requested while the designation
    // shards are read, not after: a keystroke waits for one round trip before its documents.
    for (const word of parseQuery(readQuery(text, []).searchText).terms) void this.bucket(word).catch(() => undefined);
    const catalogued = await this.designations(text);
    // What the query names and asks, read first: abbreviations written out, a specification word set aside.
    const reading = readQuery(text, catalogued);
    const { terms, prefixes } = parseQuery(reading.searchText);
    const unnamed = unnamedNotice(reading, (slug) => catalogued.find((c) => c.slug === slug)?.name ?? slug);
    if (terms.length === 0) return { ...(unnamed.length > 0 && { notice: unnamed.join(' ') }), hits: [], cards: [] };
    const buckets = new Map<string, LoadedBucket | undefined>();
    await Promise.all(terms.map(async (term) => buckets.set(term, await this.bucket(term))));
    const read = (ref: string) => this.files.has(docPath(ref)) || (refKind(ref) === 'entry' && this.files.has(headPath(ref)));
    const { ranked, corrections } = rank(terms, prefixes, (term) => buckets.get(term), read);
    // The systems a designation names come first, whatever else matched their words.
    const named = reading.designations.flatMap((d) => d.matches).map(entryRef);
    const first = (r: Ranked) => (named.includes(r.ref) ? named.indexOf(r.ref) : named.length);
    const top = (kind: SearchHit['kind']) =>
      ranked
        .filter((r) => refKind(r.ref) === kind)
        .sort((a, b) => (kind === 'entry' ? first(a) - first(b) : 0))
        .slice(0, limit);
    // While typing, a passage not read yet waits for the final answer; one already read shows.
    const passages = top('passage');
    const shownPassages = detail === 'typing' ? passages.filter((r) => read(r.ref)) : passages;
    const shown = [...top('entry'), ...shownPassages];
    const fromHead = (r: Ranked) => refKind(r.ref) === 'entry' && !reading.spec && !this.files.has(docPath(r.ref)) && (detail === 'typing' || !r.inFacts);
    const docs = await Promise.all(shown.map((r) => this.read<EntryCard | EntryHead | PassageDoc>(fromHead(r) ? headPath(r.ref) : docPath(r.ref))));
    const hits = shown.map((r, i) => toHit(r, docs[i]!));
    const provisional = shownPassages.length < passages.length || shown.some((r, i) => r.inFacts && refKind(r.ref) === 'entry' && !('facts' in docs[i]!));
    const cards = docs.filter((d): d is EntryCard => 'facts' in d);
    // A specification question is answered for the system the query names, never for one that only shares a word.
    const byName = (c: EntryCard) => hits.some((h) => h.id === entryRef(c.slug) && h.byName);
    const asked = reading.spec && cards.find((c) => (named.length > 0 ? named.includes(entryRef(c.slug)) : byName(c)));
    const notice = [...unnamed, ...(reading.spec && asked ? [specNotice(asked, reading.spec)] : []), correctionNotice(corrections, hits)].filter(Boolean);
    return {
      ...(notice.length > 0 && { notice: notice.join(' ') }),
      // Entries found for a designation no source names are other systems, and say so.
      ...(reading.unnamed.length > 0 && named.length === 0 && hits.some((h) => h.kind === 'entry') && { entriesHeading: 'Other systems' }),
      hits,
      cards,
      ...(provisional && { provisional }),
    };
  }
}

/**
 * The answer to a specification question, from an entry's card: the facts that state it, else
 * that it is not stated ("Hwasong-17 — Range: not stated in these sources."), with the facts
 * closest to it when the sources state something near it but not it.
 */
export function specNotice(card: EntryCard, spec: NonNullable<QueryReading['spec']>): string {
  const label = SPEC_LABELS[spec.spec];
  const row = card.specs.find((s) => s.label === label);
  const stating = row ? row.facts.flatMap((i) => card.facts[i] ?? []) : [];
  if (stating.length > 0) return `${card.name} — ${label}: ${stating.map((f) => f.line).join('; ')}.`;
  if (row?.line) return `${card.name} — ${row.line}`;
  const related = card.facts.filter((f) => spec.related.some((r) => FACT_LABELS[r] === f.label));
  const head = `${card.name} — ${label}: not stated in these sources.`;
  return related.length > 0 ? `${head} Closest: ${related.map((f) => f.line).join('; ')}.` : head;
}

interface Ranked {
  ref: string;
  score: number;
  terms: string[];
  queryTerms: string[];
  byName: boolean;
  /** True when a matched word may be in the entry's facts (any posting but an `ONLY_NAMED` one). */
  inFacts: boolean;
}

/**
 * Ranks every document with a matching term, by how many of the query's terms it matches, then
 * by weight; also returns the typos it forgave.
 */
function rank(terms: string[], prefixes: string[], bucketOf: (term: string) => LoadedBucket | undefined, isRead: (ref: string) => boolean) {
  const docs = new Map<string, Ranked>();
  const corrections = new Map<string, string>();
  for (const term of terms) {
    const bucket = bucketOf(term);
    if (!bucket) continue;
    const matches = new Map<string, number>();
    if (bucket.terms[term]) matches.set(term, 1);
    if (prefixes.includes(term)) {
      const completions = [...bucket.trie.atPrefix(term).keys()]
        .filter((found) => found !== term)
        .map((found) => ({ found, documents: bucket.documents[found] ?? bucket.terms[found]!.length }))
        .sort((a, b) => b.documents - a.documents || (a.found < b.found ? -1 : 1))
        .slice(0, PREFIX_COMPLETIONS);
      for (const { found } of completions) {
        matches.set(found, Math.max(matches.get(found) ?? 0, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (found.length - term.length))));
      }
    }
    const distance = fuzziness(term);
    if (distance > 0) {
      for (const [found, [, edits]] of bucket.trie.fuzzyGet(term, distance)) {
        // A typo may change a letter, never a number.
        if (edits === 0 || /\p{N}/u.test(found)) continue;
        matches.set(found, Math.max(matches.get(found) ?? 0, (FUZZY_WEIGHT * term.length) / (term.length + edits)));
        if (!bucket.terms[term] && !prefixes.some((p) => found.startsWith(p))) corrections.set(found, term);
      }
    }
    for (const [found, factor] of matches) {
      for (const [ref, weight, named] of bucket.terms[found]!) {
        const doc = docs.get(ref) ?? { ref, score: 0, terms: [], queryTerms: [], byName: false, inFacts: false };
        doc.score += weight * factor;
        if (!doc.terms.includes(found)) doc.terms.push(found);
        if (!doc.queryTerms.includes(term)) doc.queryTerms.push(term);
        doc.byName ||= named !== undefined;
        doc.inFacts ||= named !== ONLY_NAMED;
        docs.set(ref, doc);
      }
    }
  }
  // A document that matches more of the query's words comes first, however high the weight of
  // one word elsewhere: "north ko" shows what matches "north" and a word begun "ko" before a
  // name that begins "ko" alone, so results while typing keep to those of the finished query.
  // Among documents that score exactly the same (entries or passages written alike), those
  // already read come first: the next keystroke keeps them on screen instead of trading them
  // for their equals, and fetches nothing for it.
  const read = new Map([...docs.keys()].map((ref) => [ref, isRead(ref)]));
  const ranked = [...docs.values()].sort(
    (a, b) => b.queryTerms.length - a.queryTerms.length || b.score - a.score || Number(read.get(b.ref)) - Number(read.get(a.ref)) || a.ref.localeCompare(b.ref),
  );
  return { ranked, corrections };
}

/** "Showing matches for “hwasong” (you typed “hwasnog”)." when a forgiven typo found the results. */
function correctionNotice(corrections: Map<string, string>, hits: SearchHit[]): string | undefined {
  const used = [...corrections].filter(([found]) => hits.some((h) => h.terms.includes(found)));
  if (used.length === 0) return undefined;
  const byTyped = new Map<string, string[]>();
  for (const [found, typed] of used) byTyped.set(typed, [...(byTyped.get(typed) ?? []), found]);
  const parts = [...byTyped].map(([typed, found]) => `“${found.slice(0, 3).join('”, “')}” (you typed “${typed}”)`);
  return `Showing matches for ${parts.join(' and ')}.`;
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

/**
 * The entry line that shows why it matched: a matching alias or fact, else its first fact. From
 * a head, which has only the first fact: the matching alias, else that fact.
 */
function entrySnippet(doc: EntryCard | EntryHead, terms: string[]): string {
  const facts = 'facts' in doc ? doc.facts.map((f) => f.line) : doc.line ? [doc.line] : [];
  const lines = [...(doc.aliases.length ? [`${ALIAS_LINE}${doc.aliases.join(', ')}`] : []), ...facts];
  return lines.find((line) => highlightRanges(line, terms).length > 0) ?? facts[0] ?? '';
}

function toHit(r: Ranked, doc: EntryCard | EntryHead | PassageDoc): SearchHit {
  const base = { id: r.ref, url: refUrl(r.ref), terms: r.terms, queryTerms: r.queryTerms, byName: r.byName, score: r.score };
  if ('name' in doc) return { ...base, kind: 'entry', title: doc.name, label: doc.category, snippet: entrySnippet(doc, r.terms) };
  return { ...base, kind: 'passage', title: doc.title, label: doc.label, snippet: excerpt(doc.text, r.terms) };
}

/**
 * The search page's address for a query. URLSearchParams encodes any string (a lone surrogate
 * becomes U+FFFD) where encodeURIComponent would throw.
 */
export function searchPageHref(query: string): string {
  return query ? `/search?${new URLSearchParams({ q: query })}` : '/search';
}
