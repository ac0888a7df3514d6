import type { Block } from '../schema/derived';
import { escapeRegExp } from './reg-exp';

export interface NameMatch {
  block: string;
  start: number;
  end: number;
  text: string;
}

/** The hyphens and spaces a name may be written with or without between its parts. */
const SEPARATORS = /[\s\u00a0-]+/;
// Case-insensitive like the pattern's lookarounds, which also count marks that fold to letters.
const WORD_CHAR = /[\p{L}\p{N}]/iu;

/**
 * A pattern for one name that ignores case, treats a hyphen, a space or nothing between two
 * parts alike ("Hwasong-17", "Hwasong 17", "hwasong17"), accepts a plural "s", and only
 * matches whole words ("Hwasong-17" does not match inside "Hwasong-170").
 */
export function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${nameBody(name)}s?(?![\\p{L}\\p{N}])`, 'giu');
}

/** The parts of a name with an optional hyphen or space between them, as pattern source. */
function nameBody(name: string): string {
  return name.trim().split(SEPARATORS).filter(Boolean).map(escapeRegExp).join('[\\s\\u00a0-]?');
}

const isWordChar = (codePoint: number | undefined) => codePoint !== undefined && WORD_CHAR.test(String.fromCodePoint(codePoint));

function codePointBefore(text: string, index: number): number | undefined {
  const pair = index >= 2 ? text.codePointAt(index - 2)! : 0;
  return pair > 0xffff ? pair : text.codePointAt(index - 1);
}

/**
 * The spans `namePattern` matches in `text`, given its pattern without the word-boundary
 * lookarounds (`${nameBody}s?`, flags "giu"), which are checked here instead: compiling a
 * pattern with Unicode letter classes takes milliseconds, too long to pay for every name of a
 * large catalog. A candidate that fails a boundary is retried one character on, as the full
 * pattern would be.
 */
function matchWholeWords(text: string, pattern: RegExp): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const whole = !isWordChar(codePointBefore(text, start)) && !isWordChar(text.codePointAt(end));
    if (whole) spans.push({ start, end });
    if (!whole || start === end) pattern.lastIndex = start + 1;
  }
  return spans;
}

/**
 * Finds every occurrence of any of `names` in the given blocks. Overlapping occurrences of
 * different names of the same system are merged into the longest, so "Hwasong-18s" counts
 * once even when both "Hwasong-18" and "Hwasong-18s" are names. Offsets are into the raw
 * source text, like the blocks'.
 */
export function findMentions(blocks: readonly Block[], names: readonly string[]): NameMatch[] {
  const patterns = names.map((name) => new RegExp(`${nameBody(name)}s?`, 'giu'));
  const found: NameMatch[] = [];
  for (const block of blocks) {
    const spans = patterns.flatMap((pattern) => matchWholeWords(block.text, pattern));
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: { start: number; end: number }[] = [];
    for (const span of spans) {
      const last = merged.at(-1);
      if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    for (const { start, end } of merged) {
      found.push({ block: block.id, start: block.start + start, end: block.start + end, text: block.text.slice(start, end) });
    }
  }
  return found;
}

/** How many characters of a name its key keeps: enough to tell names apart, few to index. */
const KEY_LENGTH = 8;

/**
 * Folds case one code point at a time, so that characters a case-insensitive pattern treats as
 * one ("s", "S" and "ſ"; "ß" and "ẞ") fold to the same text.
 */
const foldCase = (char: string) => char.toLowerCase().toUpperCase().toLowerCase();

/**
 * A name's key: its first characters, case-folded, without the hyphens and spaces
 * `namePattern` lets vary. Every occurrence of the name starts, after a character that is no
 * letter or digit, a stretch of text that read the same way begins with the key; see `textKeys`.
 */
export function nameKey(name: string): string {
  return Array.from(name.trim().split(SEPARATORS).join(''), foldCase).join('').slice(0, KEY_LENGTH);
}

/**
 * The keys of the given lengths that `text` holds: a text without a name's key cannot mention
 * it, so a catalog searches a source only for the entries whose keys it holds.
 */
export function textKeys(text: string, lengths: ReadonlySet<number>): Set<string> {
  let folded = '';
  const starts: number[] = [];
  let afterWordChar = false;
  for (const char of text) {
    if (!afterWordChar) starts.push(folded.length);
    afterWordChar = WORD_CHAR.test(char);
    if (!SEPARATORS.test(char)) folded += foldCase(char);
  }
  const keys = new Set<string>();
  for (const start of starts) for (const length of lengths) keys.add(folded.slice(start, start + length));
  return keys;
}
