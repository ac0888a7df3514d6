/**
 * The search index as files, shared by the build that writes them (search-files.ts) and the
 * query that reads them (search.ts): where each file lives, what it holds, and how a term
 * finds its bucket. Nothing here imports the catalog loader, so the browser can use it.
 */
import type { CataloguedDesignation } from './interpret-query';

/** Every file of the index lives under this path of the site. */
export const SEARCH_ROOT = '/search-index';

/** Raised when the files on the server were written for another format. */
export const SEARCH_FORMAT = 3;

/** `/search-index/manifest.json`: which term buckets and designation shards exist, so no request ever answers 404. */
export interface SearchManifest {
  format: number;
  buckets: string[];
  designations: string[];
}

/**
 * `/search-index/d/<key>.json`: the designations catalogued systems are named by ("Hwasong-18",
 * "MQ 9", "122-millimeter"), filed by the first and second letters of their name (calibres
 * under "0"), so a query can tell a designation no source names from a catalogued one.
 */
export type DesignationShard = CataloguedDesignation[];

/**
 * A posting: the document (an entry or a passage, see `docPath`), the term's weight there, and
 * a 1 when the term is in the entry's name, aliases or category (not only in its facts).
 */
export type Posting = [ref: string, weight: number] | [ref: string, weight: number, byName: 1];

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
  url: string;
  name: string;
  aliases: string[];
  category: string;
  /** Labels of the specifications the sources do not state ("Range", "Maker"…). */
  notStated: string[];
  facts: FactLine[];
}

/** `/search-index/p/<source>/<block>.json`: a passage as a search result shows it. */
export interface PassageDoc {
  url: string;
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

export const manifestPath = () => `${SEARCH_ROOT}/manifest.json`;
export const designationsPath = (key: string) => `${SEARCH_ROOT}/d/${key}.json`;
export const bucketPath = (key: string) => `${SEARCH_ROOT}/terms/${key}.json`;
export const docPath = (ref: string) => `${SEARCH_ROOT}/${ref}.json`;

/**
 * The bucket of a term: its first two characters (one for a one-character term). Keys that are
 * not plain a–z and 0–9 are written as code points in hex, so every file name is safe on any host.
 */
export function bucketKey(term: string): string {
  const head = [...term].slice(0, 2).join('');
  return /^[a-z0-9]+$/.test(head) ? head : `_${[...head].map((c) => c.codePointAt(0)!.toString(16)).join('-')}`;
}
