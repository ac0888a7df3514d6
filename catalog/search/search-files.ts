/**
 * Writes the search index as small files (see search-format.ts): term buckets with weights
 * computed here, once, over the whole catalog, and one file per entry and per passage for the
 * results a query shows. A query fetches the buckets of its words and the documents it shows,
 * so what it downloads depends on the query, not on the size of the catalog.
 */
import { specLine } from '../labels';
import type { Catalog, CatalogEntry, SourceRecord } from '../schema/derived';
import { visibleBlocks } from '../text/reader-blocks';
import { catalogDesignations, designationKeys } from './interpret-query';
import { searchTerms } from './search-text';
import {
  bucketKey,
  bucketPath,
  COMPLETION_POSTINGS,
  designationsPath,
  docPath,
  entryRef,
  headPath,
  manifestPath,
  NAMED,
  ONLY_NAMED,
  passageRef,
  PREFIX_COMPLETIONS,
  SEARCH_FORMAT,
  SPLIT_BUCKET_BYTES,
  subBucketLetter,
  type DesignationShard,
  type EntryCard,
  type EntryHead,
  type FactLine,
  type PassageDoc,
  type Posting,
  type SearchManifest,
  type TermBucket,
} from './search-format';

/**
 * How much a match in each field counts: a name matters more than a word of a passage, and a
 * system's own name outweighs another entry that merely mentions it ("reaper drone").
 */
export const FIELD_BOOST = { name: 10, aliases: 5, category: 2, facts: 1, text: 1 } as const;
type Field = keyof typeof FIELD_BOOST;
const NAME_FIELDS: readonly Field[] = ['name', 'aliases', 'category'];

/**
 * Postings kept per term, best first. A word found in thousands of passages keeps its best
 * hundred: more than a results page shows, and the cap is what keeps every bucket small as
 * the catalog grows.
 */
export const POSTINGS_PER_TERM = { entry: 40, passage: 100 } as const;

// BM25+ (as MiniSearch scores): term-frequency saturation, length normalisation, a floor.
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/**
 * How the site names sources, and the one function that words an entry's facts
 * (catalog/views). Passed in, so this module stays free of the loader. Links are not stored:
 * a result's address follows from its ref (`refUrl`).
 */
export interface SearchNaming {
  sourceTitle: (source: SourceRecord) => string;
  factLines: (entry: CatalogEntry) => FactLine[];
  specLabel: (label: CatalogEntry['specs'][number]['label']) => string;
}

interface IndexedDoc {
  ref: string;
  fields: Partial<Record<Field, string>>;
}

/** The entry cards and passage documents, and the fields of each that are indexed. */
function collectDocuments(catalog: Catalog, naming: SearchNaming) {
  const files = new Map<string, EntryCard | EntryHead | PassageDoc>();
  const docs: IndexedDoc[] = [];
  for (const e of catalog.entries) {
    const card: EntryCard = {
      slug: e.slug,
      name: e.name,
      aliases: e.aliases,
      category: e.category,
      notStated: e.specs.filter((s) => s.status === 'not-stated').map((s) => naming.specLabel(s.label)),
      specs: e.specs
        .filter((s) => s.status !== 'not-stated')
        .map((s) => ({ label: naming.specLabel(s.label), facts: s.facts, ...(s.status === 'passage-only' && { line: specLine(naming.specLabel(s.label), s) }) })),
      facts: naming.factLines(e),
    };
    files.set(docPath(entryRef(e.slug)), card);
    const head: EntryHead = { name: card.name, aliases: card.aliases, category: card.category, ...(card.facts[0] && { line: card.facts[0].line }) };
    files.set(headPath(entryRef(e.slug)), head);
    docs.push({
      ref: entryRef(e.slug),
      fields: { name: e.name, aliases: e.aliases.join('\n'), category: e.category, facts: card.facts.map((f) => f.line).join('\n') },
    });
  }
  for (const source of catalog.sources) {
    for (const b of visibleBlocks(source.blocks)) {
      const ref = passageRef(source.meta.id, b.id);
      files.set(docPath(ref), { title: naming.sourceTitle(source), label: b.label, text: b.text });
      docs.push({ ref, fields: { text: b.text } });
    }
  }
  return { files, docs };
}

/** Each term's weight in each document that contains it (BM25+ per field, summed with boosts). */
function weighTerms(docs: IndexedDoc[]): Map<string, Posting[]> {
  const fields = Object.keys(FIELD_BOOST) as Field[];
  const counted = docs.map((d) => {
    const perField = new Map<Field, { length: number; tf: Map<string, number> }>();
    for (const f of fields) {
      const text = d.fields[f];
      if (!text) continue;
      const terms = searchTerms(text);
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      perField.set(f, { length: terms.length, tf });
    }
    return { ref: d.ref, perField };
  });
  const average = new Map<Field, number>();
  for (const f of fields) {
    const lengths = counted.flatMap((d) => (d.perField.has(f) ? [d.perField.get(f)!.length] : []));
    average.set(f, lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 1);
  }
  const df = new Map<string, number>();
  for (const d of counted) {
    const seen = new Set<string>();
    for (const { tf } of d.perField.values()) for (const t of tf.keys()) seen.add(t);
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = docs.length;
  const postings = new Map<string, Posting[]>();
  for (const d of counted) {
    const weights = new Map<string, number>();
    const byName = new Set<string>();
    const inFacts = new Set<string>();
    for (const [f, { length, tf }] of d.perField) {
      const norm = 1 - B + (B * length) / average.get(f)!;
      for (const [t, freq] of tf) {
        const idf = Math.log(1 + (n - df.get(t)! + 0.5) / (df.get(t)! + 0.5));
        const score = FIELD_BOOST[f] * idf * (DELTA + (freq * (K1 + 1)) / (freq + K1 * norm));
        weights.set(t, (weights.get(t) ?? 0) + score);
        if (NAME_FIELDS.includes(f)) byName.add(t);
        else if (f === 'facts') inFacts.add(t);
      }
    }
    for (const [t, w] of weights) {
      if (!postings.has(t)) postings.set(t, []);
      // Three significant digits rank as well as more, and cost fewer bytes in every bucket.
      const weight = Number(w.toPrecision(3));
      postings.get(t)!.push(byName.has(t) ? [d.ref, weight, inFacts.has(t) ? NAMED : ONLY_NAMED] : [d.ref, weight]);
    }
  }
  return postings;
}

/** The best postings of a term: entries and passages each cut to their cap, best first. */
function capPostings(list: Posting[], caps: { entry: number; passage: number } = POSTINGS_PER_TERM): Posting[] {
  const best = (kind: 'e/' | 'p/', cap: number) =>
    list
      .filter(([ref]) => ref.startsWith(kind))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, cap);
  return [...best('e/', caps.entry), ...best('p/', caps.passage)];
}

/** How many documents a bucket's term is in (its postings before they were cut). */
const documentsOf = (bucket: TermBucket, term: string) => bucket.documents?.[term] ?? bucket.terms[term]!.length;

/** A bucket of some of `from`'s terms, with their document counts where postings were cut. */
function bucketOf(from: TermBucket, terms: Iterable<string>): TermBucket {
  const out: TermBucket = { terms: {} };
  for (const t of terms) {
    out.terms[t] = from.terms[t]!;
    if (from.documents?.[t] !== undefined) (out.documents ??= {})[t] = from.documents[t];
  }
  return out;
}

/**
 * A bucket too large to fetch whole, split by its terms' third character (see
 * `SPLIT_BUCKET_BYTES`): the sub-buckets by letter, and what stays in the two-letter bucket,
 * with the most common completions a two-letter begun word stands for, their postings cut to
 * `COMPLETION_POSTINGS`.
 */
function splitBucket(bucket: TermBucket): { stays: TermBucket; subs: Map<string, TermBucket> } {
  const byLetter = new Map<string, string[]>();
  const staying: string[] = [];
  for (const term of Object.keys(bucket.terms)) {
    const letter = subBucketLetter(term);
    if (letter === undefined) staying.push(term);
    else byLetter.set(letter, [...(byLetter.get(letter) ?? []), term]);
  }
  const subs = new Map([...byLetter].sort(([a], [b]) => (a < b ? -1 : 1)).map(([letter, terms]) => [letter, bucketOf(bucket, terms)]));
  const stays = bucketOf(bucket, staying);
  const completions = Object.keys(bucket.terms)
    .filter((t) => [...t].length > 2)
    .sort((a, b) => documentsOf(bucket, b) - documentsOf(bucket, a) || (a < b ? -1 : 1))
    .slice(0, PREFIX_COMPLETIONS);
  for (const term of completions) {
    if (stays.terms[term]) continue;
    stays.terms[term] = capPostings(bucket.terms[term]!, COMPLETION_POSTINGS);
    const documents = documentsOf(bucket, term);
    if (stays.terms[term].length < documents) (stays.documents ??= {})[term] = documents;
  }
  return { stays, subs };
}

/**
 * The bucket files by key, every bucket larger than `SPLIT_BUCKET_BYTES` split by its terms'
 * third character, and the manifest's record of the split ones.
 */
export function splitBuckets(buckets: Map<string, TermBucket>, limit = SPLIT_BUCKET_BYTES): { files: Map<string, TermBucket>; split: SearchManifest['split'] } {
  const split: SearchManifest['split'] = {};
  const files = new Map<string, TermBucket>();
  for (const [key, bucket] of buckets) {
    if (JSON.stringify(bucket).length <= limit || !/^[a-z0-9]{2}$/.test(key)) {
      files.set(key, bucket);
      continue;
    }
    const { stays, subs } = splitBucket(bucket);
    split[key] = [...subs.keys()].join('');
    files.set(key, stays);
    for (const [letter, sub] of subs) files.set(key + letter, sub);
  }
  return { files, split };
}

/**
 * Every file of the search index, by its path on the site (under `/search-index/`): the
 * manifest, one bucket per two-character term prefix (split by the third where it is large),
 * the catalogued designations filed by their letters, one card and one head per entry, one
 * file per passage. Deterministic: the same catalog gives the same files.
 */
export function buildSearchFiles(
  catalog: Catalog,
  naming: SearchNaming,
): Map<string, SearchManifest | TermBucket | DesignationShard | EntryCard | EntryHead | PassageDoc> {
  const { files, docs } = collectDocuments(catalog, naming);
  const buckets = new Map<string, TermBucket>();
  const postings = weighTerms(docs);
  for (const term of [...postings.keys()].sort()) {
    const key = bucketKey(term);
    if (!buckets.has(key)) buckets.set(key, { terms: {} });
    const bucket = buckets.get(key)!;
    const all = postings.get(term)!;
    bucket.terms[term] = capPostings(all);
    if (bucket.terms[term].length < all.length) (bucket.documents ??= {})[term] = all.length;
  }
  const shards = new Map<string, DesignationShard>();
  for (const d of catalogDesignations(catalog.entries)) {
    for (const key of designationKeys(d.designation)) shards.set(key, [...(shards.get(key) ?? []), d]);
  }
  const out = new Map<string, SearchManifest | TermBucket | DesignationShard | EntryCard | EntryHead | PassageDoc>();
  const { files: bucketFiles, split } = splitBuckets(buckets);
  out.set(manifestPath(), { format: SEARCH_FORMAT, buckets: [...buckets.keys()].sort(), split, designations: [...shards.keys()].sort() });
  for (const [key, bucket] of bucketFiles) out.set(bucketPath(key), bucket);
  for (const [key, shard] of shards) out.set(designationsPath(key), shard);
  for (const [path, file] of files) out.set(path, file);
  return out;
}
