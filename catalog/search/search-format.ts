/**
 * The search index as files, shared by the build that writes them (search-files.ts) and the
 * query that reads them (search.ts): where each file lives, what it holds, and how a term
 * finds its bucket. Nothing here imports the catalog loader, so the browser can use it.
 */
import { entryHref, passageHref } from '../labels';
import type { CataloguedDesignation } from './interpret-query';

/** Every file of the index lives under this path of the site. */
export const SEARCH_ROOT = '/search-index';

/** Raised when the files on the server were written for another format. */
export const SEARCH_FORMAT = 5;

/** `/search-index/manifest.json`: which term buckets and designation shards exist, so no request ever answers 404. */
export interface SearchManifest {
  format: number;
  buckets: string[];
  /**
   * The buckets too large to fetch whole, each with the third letters of its sub-buckets: "sh":
   * "aeho" means `sha`, `she` and `sho` exist (see `SPLIT_BUCKET_BYTES`).
   */
  split: Record<string, string>;
  designations: string[];
}

/**
 * A bucket whose file would be larger than this is split by its terms' third character, so that
 * a word fetches the terms that share its first three letters rather than every term that
 * shares two: as the catalog's vocabulary grows, "shells" stops paying for "shoigu" and "showed".
 * What stays in the two-letter bucket: its terms of one or two characters, those whose third
 * character is not a plain letter or digit, and what a begun word of two letters needs (its
 * `PREFIX_COMPLETIONS` most common completions, with their best postings).
 */
export const SPLIT_BUCKET_BYTES = 32 * 1024;

/**
 * A begun word stands for this many of its completions, those found in the most documents
 * (then alphabetically): as the catalog grows, "sh" completes to "shells" and "showed" rather
 * than to every rare name that starts with "sh", so results while typing converge on those of
 * the finished word, and a keystroke ranks a bounded number of postings.
 */
export const PREFIX_COMPLETIONS = 12;

/**
 * Postings a two-letter bucket keeps of each completion it carries for a split bucket: enough
 * for the results of a word begun with two letters (the dropdown shows five of each kind); the
 * word's third letter fetches its sub-bucket with every kept posting.
 */
export const COMPLETION_POSTINGS = { entry: 10, passage: 10 } as const;

/**
 * `/search-index/d/<key>.json`: the designations catalogued systems are named by ("Hwasong-18",
 * "MQ 9", "122-millimeter"), filed by the first and second letters of their name (calibres
 * under "0"), so a query can tell a designation no source names from a catalogued one.
 */
export type DesignationShard = CataloguedDesignation[];

/**
 * A posting: the document (an entry or a passage, see `docPath`), the term's weight there, and,
 * when the term is in the entry's name, aliases or category, where else: `NAMED` when it is in
 * its facts too, `ONLY_NAMED` when it is in none of them (so the entry's head shows the same
 * line for it as its card would).
 */
export type Posting = [ref: string, weight: number] | [ref: string, weight: number, named: typeof NAMED | typeof ONLY_NAMED];
export const NAMED = 1;
export const ONLY_NAMED = 2;

/**
 * `/search-index/terms/<key>.json`: every indexed term that begins with the bucket's two
 * characters, with its best postings (entries and passages each cut to a fixed number, best
 * first), so one small file answers exact, prefix and fuzzy matches for a query word.
 */
export interface TermBucket {
  terms: Record<string, Posting[]>;
  /** How many documents a term is in, for the terms whose postings were cut: a begun word stands for its most common completions. */
  documents?: Record<string, number>;
}

/** One display line of an entry's fact: its label and the line as the site words it. */
export interface FactLine {
  label: string;
  line: string;
}

/**
 * `/search-index/e/<slug>.json`: what search shows and reasons about for an entry — its names,
 * category, the specifications its sources do not state, and one display line per fact.
 */
export interface EntryCard {
  slug: string;
  name: string;
  aliases: string[];
  category: string;
  /** Labels of the specifications the sources do not state ("Range", "Maker"…). */
  notStated: string[];
  /**
   * Every specification the sources speak to: the facts that state it (indexes into `facts`), or
   * the line that quotes a passage speaking to it without a fact reading it so.
   */
  specs: { label: string; facts: number[]; line?: string }[];
  facts: FactLine[];
}

/**
 * `/search-index/h/<slug>.json`: an entry's head, what the dropdown shows for it while the
 * reader types (its name, category and aliases, and its first fact line), a third the size of
 * its card. The card follows once typing pauses, for the line that shows why an entry matched.
 */
export interface EntryHead {
  name: string;
  aliases: string[];
  category: string;
  /** The entry's first fact line, if it has a fact. */
  line?: string;
}

/** `/search-index/p/<source>/<block>.json`: a passage as a search result shows it. */
export interface PassageDoc {
  /** The title of the passage's source. */
  title: string;
  /** "Paragraph 3", "Photo caption 1"… */
  label: string;
  text: string;
}

/** Refs are `e/<slug>` for entries and `p/<source>/<block>` for passages. */
export const entryRef = (slug: string) => `e/${slug}`;
export const passageRef = (source: string, block: string) => `p/${source}/${block}`;
export const refKind = (ref: string): 'entry' | 'passage' => (ref.startsWith('e/') ? 'entry' : 'passage');
/** The page a ref links to, an entry's or a passage's place in its source: no file stores it. */
export function refUrl(ref: string): string {
  const [, source = '', block = ''] = ref.split('/');
  return refKind(ref) === 'entry' ? entryHref(ref.slice(2)) : passageHref(source, block);
}

export const manifestPath = () => `${SEARCH_ROOT}/manifest.json`;
export const designationsPath = (key: string) => `${SEARCH_ROOT}/d/${key}.json`;
export const bucketPath = (key: string) => `${SEARCH_ROOT}/terms/${key}.json`;
export const docPath = (ref: string) => `${SEARCH_ROOT}/${ref}.json`;
/** The head of the entry `ref` (an `e/<slug>` ref) names. */
export const headPath = (ref: string) => `${SEARCH_ROOT}/h/${ref.slice(2)}.json`;

/**
 * The bucket of a term: its first two characters (one for a one-character term). Keys that are
 * not plain a–z and 0–9 are written as code points in hex, so every file name is safe on any host.
 */
export function bucketKey(term: string): string {
  const head = [...term].slice(0, 2).join('');
  return /^[a-z0-9]+$/.test(head) ? head : `_${[...head].map((c) => c.codePointAt(0)!.toString(16)).join('-')}`;
}

/**
 * The third character by which a split bucket files a term, or none: a term of one or two
 * characters, or one whose third character is not a plain letter or digit, stays in the
 * two-letter bucket.
 */
export function subBucketLetter(term: string): string | undefined {
  const third = [...term][2];
  return third !== undefined && /^[a-z0-9]$/.test(third) && /^[a-z0-9]{2}$/.test(bucketKey(term)) ? third : undefined;
}

/**
 * The file that holds a term's postings, given the manifest's split buckets: its sub-bucket
 * (`she` for "shells" when `sh` is split), its bucket, or none when no indexed term can match it
 * (a split bucket has no sub-bucket for its third letter).
 */
export function termBucketKey(term: string, split: SearchManifest['split']): string | undefined {
  const key = bucketKey(term);
  const letters = split[key];
  const third = subBucketLetter(term);
  if (letters === undefined || third === undefined) return key;
  return letters.includes(third) ? key + third : undefined;
}
