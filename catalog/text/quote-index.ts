/**
 * Finding a quote in a long source without reading all of it: an index of where each sequence
 * of three characters occurs, built once per source, so that a quote is looked for only where
 * its rarest three characters are. A panel's report of megabytes holds thousands of cited
 * passages; searching the whole text for each would grow with the square of its length.
 */

/** Below this length a text is searched directly: the index would cost more than it saves. */
const INDEXED_FROM = 100_000;

/** Buckets of trigrams: enough that few share one, few enough to be counted in a typed array. */
const BUCKETS = 1 << 20;

interface TrigramIndex {
  /** Where each bucket's positions start in `positions` (one more entry than buckets, for the end). */
  starts: Int32Array;
  /** Every position of the text, grouped by the bucket of the three characters that start there. */
  positions: Int32Array;
}

/** The bucket of the three UTF-16 code units at `i`: a hash, so two trigrams may share one (every find is checked against the text). */
const bucket = (text: string, i: number) => (Math.imul(Math.imul(text.charCodeAt(i), 0x9e3779b1) ^ text.charCodeAt(i + 1), 0x85ebca6b) ^ Math.imul(text.charCodeAt(i + 2), 0xc2b2ae35)) >>> 12;

function buildIndex(text: string): TrigramIndex {
  const n = Math.max(0, text.length - 2);
  const starts = new Int32Array(BUCKETS + 1);
  for (let i = 0; i < n; i++) starts[bucket(text, i) + 1]!++;
  for (let b = 0; b < BUCKETS; b++) starts[b + 1]! += starts[b]!;
  const next = starts.slice(0, BUCKETS);
  const positions = new Int32Array(n);
  for (let i = 0; i < n; i++) positions[next[bucket(text, i)]!++] = i;
  return { starts, positions };
}

/** Indexes by the object that stands for a text while in use; the last one also by its content, for a text read again. */
const indexes = new WeakMap<object, TrigramIndex>();
let last: { text: string; index: TrigramIndex } | undefined;

function indexOf(text: string, owner: object): TrigramIndex {
  let index = indexes.get(owner);
  if (!index) {
    // The same source read again (each command verifies more than once) reuses its index: one
    // comparison of the text per reading, not one per quote.
    index = last?.text === text ? last.index : buildIndex(text);
    last = { text, index };
    indexes.set(owner, index);
  }
  return index;
}

/**
 * Every offset at which `quote` occurs in `text`, in order. `owner` is an object that stands for
 * the text as long as it is in use (a source's list of blocks): the index is kept with it, and
 * dropped with it.
 */
export function findAllIndexed(text: string, quote: string, owner: object): number[] {
  if (text.length < INDEXED_FROM || quote.length < 3) {
    const found: number[] = [];
    for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
    return found;
  }
  const { starts, positions } = indexOf(text, owner);
  let best = 0;
  let fewest = Infinity;
  for (let j = 0; j + 2 < quote.length && fewest > 0; j++) {
    const b = bucket(quote, j);
    const count = starts[b + 1]! - starts[b]!;
    if (count < fewest) {
      fewest = count;
      best = j;
    }
  }
  const b = bucket(quote, best);
  const found: number[] = [];
  for (let p = starts[b]!; p < starts[b + 1]!; p++) {
    const start = positions[p]! - best;
    if (start >= 0 && text.startsWith(quote, start)) found.push(start);
  }
  return found.sort((a, b) => a - b);
}
