import { ABBREVIATIONS } from './cue-table';

/** A sentence of a text, as `[start, end)` offsets into it. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATION = new Set(ABBREVIATIONS);
// A full stop, question or exclamation mark, any closing quotation marks or brackets after it,
// then space and what can start a sentence: a capital, a digit or an opening mark.
const BOUNDARY = /[.!?][”"’)\]]*(?=\s+[“"‘(\[]?[\p{Lu}\p{N}])/gu;

/** Whether the period at `dot` ends an abbreviation ("Nov.", "Dr."), an initialism ("U.S.") or an initial ("F."). */
function endsAbbreviation(text: string, dot: number): boolean {
  const before = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before) || /^\p{Lu}$/u.test(before)) return true;
  return ABBREVIATION.has(before.toLowerCase());
}

/**
 * Splits a passage into sentences. Errs on the side of keeping text together: a period after
 * an abbreviation, an initialism or an initial never ends a sentence, so "the U.S. Navy" and
 * "Nov. 18" stay whole. (A longer sentence only makes a cue's scope longer, never shorter.)
 */
export function splitSentences(text: string): SentenceSpan[] {
  let known = split.get(text);
  if (!known) split.set(text, (known = splitOnce(text)));
  return known;
}

/** Sentences of the texts read so far: several rules ask for the same passage's. */
const split = new Map<string, SentenceSpan[]>();

function splitOnce(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = text.search(/\S/);
  if (start === -1) return spans;
  for (const m of text.matchAll(BOUNDARY)) {
    if (m[0][0] === '.' && endsAbbreviation(text, m.index)) continue;
    const end = m.index + m[0].length;
    spans.push({ start, end });
    start = end + /^\s*/.exec(text.slice(end))![0].length;
  }
  const last = text.trimEnd().length;
  if (start < last) spans.push({ start, end: last });
  return spans;
}
