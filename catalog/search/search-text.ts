/**
 * The one text normalizer of site search, shared by the index, the query and the highlighter,
 * so that what is found and what is highlighted can never disagree.
 */

/** A word of a text, or a run of words written as one designation ("Hwasong-18", "MQ 9"). */
export interface WordSpan {
  start: number;
  end: number;
  /** The search terms this span yields, the word itself first; empty if it normalizes to nothing. */
  terms: string[];
}

// A word may carry internal apostrophes ("North’s", "don't"); everything else separates words.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘ʼ`´][\p{L}\p{N}\p{M}]+)*/gu;
const HYPHEN = /^[-\u2010\u2011\uFE63\uFF0D]$/;
const SPACE = /^\s+$/;
// Longest run of words joined into one term ("mq-9-reaper" → "mq9reaper"); runs are short in practice.
const MAX_JOINED = 4;

/** NFKC, lower case, curly quotes and apostrophes made straight. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„«»]/g, '"');
}

/** A word as a search term: normalized, accents folded, apostrophes and other marks removed. */
export function normalizeWord(word: string): string {
  return normalizeText(word)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Terms of one word: "north’s" → norths, north; "hwasong18" → hwasong18, hwasong, 18. */
function wordTerms(word: string): string[] {
  const term = normalizeWord(word);
  if (!term) return [];
  const terms = [term];
  const possessive = /^(.+)'s$/.exec(normalizeText(word));
  if (possessive?.[1]) terms.push(normalizeWord(possessive[1]));
  // Letters then digits, as in a designation typed without its hyphen.
  const glued = /^(\p{L}+)(\p{N}+)$/u.exec(term);
  if (glued?.[1] && glued[2]) terms.push(glued[1], glued[2]);
  return [...new Set(terms.filter(Boolean))];
}

/** Whether two neighbouring words read as one designation: "Hwasong-18", "MQ 9", "Jong-un". */
function joins(left: string, gap: string, right: string): boolean {
  if (HYPHEN.test(gap.normalize('NFKC'))) return true;
  return SPACE.test(gap) && /\p{L}$/u.test(left) && /^\p{N}/u.test(right);
}

/**
 * The words of `text` with their offsets in `text` (UTF-16 code units) and the search terms each
 * yields, followed for each designation run by spans covering the joined words. The offsets
 * refer to the text as given, so a highlighter can mark exactly the characters that matched.
 */
export function wordSpans(text: string): WordSpan[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  const spans: WordSpan[] = words.map(({ start, end, word }) => ({ start, end, terms: wordTerms(word) }));
  for (let i = 0; i < words.length; i++) {
    let joined = normalizeWord(words[i]!.word);
    for (let j = i + 1; j < words.length && j < i + MAX_JOINED; j++) {
      const left = words[j - 1]!;
      const right = words[j]!;
      if (!joins(left.word, text.slice(left.end, right.start), right.word)) break;
      joined += normalizeWord(right.word);
      if (joined) spans.push({ start: words[i]!.start, end: right.end, terms: [joined] });
    }
  }
  return spans;
}

/** Every search term of `text`, in order, repeats kept (the index counts them). */
export function searchTerms(text: string): string[] {
  return wordSpans(text).flatMap((s) => s.terms);
}

/**
 * The stretches of `text` to highlight for the given matched terms, sorted and merged, as
 * `[start, end)` offsets into `text`. Works on the displayed text itself, never on a pattern
 * built from the query, so any input is safe to highlight.
 */
export function highlightRanges(text: string, terms: Iterable<string>): [number, number][] {
  const wanted = new Set(terms);
  if (wanted.size === 0) return [];
  const hits = wordSpans(text)
    .filter((s) => s.terms.some((t) => wanted.has(t)))
    .map((s): [number, number] => [s.start, s.end])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of hits) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
