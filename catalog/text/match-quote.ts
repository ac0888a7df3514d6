import approxSearch from 'approx-string-match';
import { findAllIndexed } from './quote-index';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 1 for an exact match; lower as more characters differ (1 − errors / quote length). */
  score: number;
}

/** Every offset at which `quote` occurs in `text` (between `from` and `to`, if given), exactly, in order. */
export function findExact(text: string, quote: string, from = 0, to = text.length): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  // Within a range, search the range alone: indexOf on the whole text would read on past its end.
  const within = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let i = within.indexOf(quote); i !== -1; i = within.indexOf(quote, i + 1)) found.push(from + i);
  return found;
}

/**
 * The closest approximate occurrence of `quote` in `text`, allowing up to `maxErrorRate`
 * of its length in edits (Myers' algorithm, via `approx-string-match`). Ties go to the
 * occurrence nearest `hint` when one is given, then to the span closest in length to the
 * quote (so a closing quotation mark is not cut off), then to the first.
 *
 * @returns the best span, or `null` when nothing in `text` is within the allowed edits.
 */
export function findClosest(text: string, quote: string, maxErrorRate = 0.25, hint?: number): QuoteMatch | null {
  if (quote === '' || text === '') return null;
  const maxErrors = Math.max(1, Math.floor(quote.length * maxErrorRate));
  const matches = approxSearch(text, quote, maxErrors);
  if (matches.length === 0) return null;
  const lengthGap = (m: { start: number; end: number }) => Math.abs(m.end - m.start - quote.length);
  const best = matches.reduce((a, b) => {
    if (a.errors !== b.errors) return a.errors < b.errors ? a : b;
    if (hint !== undefined && a.start !== b.start) return Math.abs(a.start - hint) <= Math.abs(b.start - hint) ? a : b;
    return lengthGap(b) < lengthGap(a) ? b : a;
  });
  return { start: best.start, end: best.end, score: 1 - best.errors / quote.length };
}

/** The words around a quote that pick one of its occurrences. */
export interface QuoteContext {
  /** Text that must come right before the quote. */
  prefix?: string;
  /** Text that must come right after the quote. */
  suffix?: string;
}

/**
 * Every offset at which `quote` occurs exactly with `context` around it (between `from` and `to`,
 * if given), in order. With `owner` (an object that stands for a long text while it is in use),
 * a search of the whole text goes through an index of the text (catalog/text/quote-index.ts).
 */
export function findInContext(text: string, quote: string, context: QuoteContext = {}, from = 0, to = text.length, owner?: object): number[] {
  const { prefix, suffix } = context;
  const whole = from === 0 && to === text.length;
  return (owner && whole ? findAllIndexed(text, quote, owner) : findExact(text, quote, from, to)).filter(
    (i) => (!prefix || (i >= prefix.length && text.startsWith(prefix, i - prefix.length))) && (!suffix || text.startsWith(suffix, i + quote.length)),
  );
}

/**
 * Anchors a quote in a text the way annotation tools do: an exact search first, then, only if
 * that finds nothing, a fuzzy one. `prefix`/`suffix` (the words around the quote) pick one
 * occurrence among several, and `hint` (an expected start offset) breaks remaining ties.
 *
 * @returns the span of the best occurrence, or `null` when the quote is neither in the text
 *   nor within 25% edits of any part of it.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext & { hint?: number } = {}): QuoteMatch | null {
  const exact = findInContext(text, quote, context);
  if (exact.length > 0) {
    const { hint } = context;
    const start =
      hint === undefined ? exact[0]! : exact.reduce((a, b) => (Math.abs(a - hint) <= Math.abs(b - hint) ? a : b));
    return { start, end: start + quote.length, score: 1 };
  }
  return findClosest(text, quote, 0.25, context.hint);
}
