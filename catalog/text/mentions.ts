import type { Block } from '../schema/derived';
import { escapeRegExp, FOLDS_TO_ASCII } from './reg-exp';
import { MILLIMETRES, findDesignations, leadingDesignation } from './designations';

export interface NameMatch {
  block: string;
  start: number;
  end: number;
  text: string;
}

/** The hyphens and spaces a name may be written with or without between its parts. */
const SEPARATORS = /[\s\u00a0-]+/;
/** Between two parts of a name: one hyphen or space, a line break of a hard-wrapped text, or nothing. */
const PART_GAP = '(?:\\r\\n|[\\s\\u00a0-])?';
// Case-insensitive like the pattern's lookarounds, which also count marks that fold to letters.
const WORD_CHAR = /[\p{L}\p{N}]/iu;
/** Words that end a run of modifiers between a designation and its head noun. */
const GAP_STOPWORDS = 'and|or|nor|of|the|a|an|to|in|on|at|for|with|by|from|as|into|than|that|which|who|is|are|was|were|be|said';
/**
 * One word or unit conversion between a designation and its head noun: "(4.8-inch)",
 * "artillery", "high-explosive"; never a stopword or another number ("152-millimeter").
 */
const MODIFIER_GAP =
  `(?:[\\s\\u00a0]+(?:\\(\\d+(?:\\.\\d+)?[\\s-]?(?:inch(?:es)?|in\\.|cm|${MILLIMETRES})\\)|(?!(?:${GAP_STOPWORDS})(?![\\p{L}\\p{N}]))\\p{L}[\\p{L}'’-]*))`;
const MAX_MODIFIERS = 3;

/**
 * A pattern for one name that ignores case, treats a hyphen, a space or nothing between two
 * parts alike ("Hwasong-17", "Hwasong 17", "hwasong17"), accepts a plural "s", reads a
 * calibre's unit in any spelling ("122-millimeter", "122mm", "122 millimetre"), and only
 * matches whole words ("Hwasong-17" does not match inside "Hwasong-170").
 */
export function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${nameBody(name)}s?(?![\\p{L}\\p{N}])`, 'giu');
}

/** Plain words of a name with an optional hyphen or space between them, as pattern source. */
function wordsBody(words: string): string {
  return words.trim().split(SEPARATORS).filter(Boolean).map(escapeRegExp).join(PART_GAP);
}

/** A name as pattern source: its words, with each calibre's unit in any spelling. */
function nameBody(name: string): string {
  const trimmed = name.trim();
  let body = '';
  let at = 0;
  for (const d of findDesignations(trimmed).filter((x) => x.kind === 'caliber')) {
    const before = wordsBody(trimmed.slice(at, d.start));
    body += `${before}${before ? PART_GAP : ''}${escapeRegExp(d.number)}${PART_GAP}${MILLIMETRES}`;
    at = d.end;
    if (at < trimmed.length) body += PART_GAP;
  }
  return body + wordsBody(trimmed.slice(at));
}

/**
 * For a name that is a designation or calibre and a lower-case head noun ("122-millimeter
 * shells"), the pattern source that also reads up to three modifiers between them and the head
 * noun in either number: "122-millimeter (4.8-inch) artillery shells", "122mm shell".
 */
function designationBody(name: string): string | null {
  const lead = leadingDesignation(name);
  const rest = lead ? name.trim().slice(lead.end).trim().split(SEPARATORS).filter(Boolean) : [];
  const head = rest.at(-1);
  if (!lead || !head || !/^\p{Ll}/u.test(head)) return null;
  const noun = `${rest.slice(0, -1).map((w) => `${escapeRegExp(w)}${PART_GAP}`).join('')}${escapeRegExp(head.replace(/s$/u, ''))}`;
  return `${nameBody(lead.text)}${MODIFIER_GAP}{0,${MAX_MODIFIERS}}?[\\s\\u00a0]+${noun}`;
}

const isWordChar = (codePoint: number | undefined) => codePoint !== undefined && WORD_CHAR.test(String.fromCodePoint(codePoint));

function codePointBefore(text: string, index: number): number | undefined {
  const pair = index >= 2 ? text.codePointAt(index - 2)! : 0;
  return pair > 0xffff ? pair : text.codePointAt(index - 1);
}

/**
 * The spans a pattern matches in `text` as whole words, given the pattern without word-boundary
 * lookarounds (a name's `${nameBody}s?`, a phrase; flags "giu"), which are checked here instead: compiling a
 * pattern with Unicode letter classes takes milliseconds, too long to pay for every name of a
 * large catalog. A candidate that fails a boundary is retried one character on, as the full
 * pattern would be.
 */
export function matchWholeWords(text: string, pattern: RegExp): { start: number; end: number }[] {
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

const compiled = new Map<string, RegExp[]>();

/**
 * For a name's pattern: the name's first run of letters and digits, lower-cased, when it is
 * plain ASCII (every match of the pattern starts with it), and the pattern to try at one place.
 */
const startsOf = new WeakMap<RegExp, { literal: string; sticky: RegExp }>();

/** The patterns `findMentions` applies for one name (compiled once per name: compiling costs). */
function compileName(name: string): RegExp[] {
  let patterns = compiled.get(name);
  if (!patterns) {
    const designation = designationBody(name);
    patterns = [new RegExp(`${nameBody(name)}s?`, 'giu'), ...(designation ? [new RegExp(`${designation}s?`, 'giu')] : [])];
    // Both patterns start with the name's first word, as written but for case.
    const literal = /^[A-Za-z0-9]+/.exec(name.trim())?.[0].toLowerCase();
    if (literal) for (const pattern of patterns) startsOf.set(pattern, { literal, sticky: new RegExp(pattern.source, 'iuy') });
    compiled.set(name, patterns);
  }
  return patterns;
}

let lastText: string | undefined;
let lastLower: string | undefined;
/** The text lower-cased, when that keeps every offset and every letter a pattern may fold to ASCII; else `undefined`. */
function lowerKeepingOffsets(text: string): string | undefined {
  if (text !== lastText) {
    const lower = text.toLowerCase();
    [lastText, lastLower] = [text, lower.length === text.length && !FOLDS_TO_ASCII.test(text) ? lower : undefined];
  }
  return lastLower;
}

/**
 * `matchWholeWords` for a name's pattern, tried only where the name's first word stands in the
 * text (found by plain search): a pattern with Unicode classes is slow to run over a whole passage.
 */
function matchName(text: string, pattern: RegExp): { start: number; end: number }[] {
  const starts = startsOf.get(pattern);
  const lower = starts && lowerKeepingOffsets(text);
  if (!starts || lower === undefined) return matchWholeWords(text, pattern);
  const spans: { start: number; end: number }[] = [];
  let after = 0;
  for (let at = lower.indexOf(starts.literal); at !== -1; at = lower.indexOf(starts.literal, at + 1)) {
    if (at < after) continue;
    starts.sticky.lastIndex = at;
    const m = starts.sticky.exec(text);
    if (!m) continue;
    const end = at + m[0].length;
    if (!isWordChar(codePointBefore(text, at)) && !isWordChar(text.codePointAt(end))) {
      spans.push({ start: at, end });
      after = end;
    }
  }
  return spans;
}

/** Whether `text` names `name` as the mention finder reads names (case, hyphens, plurals, calibres). */
export function namesIn(text: string, name: string): boolean {
  return compileName(name).some((pattern) => matchName(text, pattern).length > 0);
}

const AFTER_DESIGNATION = new RegExp(`^${MODIFIER_GAP}{0,${MAX_MODIFIERS}}[\\s\\u00a0]+$`, 'u');
/** How far before a name a designation that heads its noun phrase may start. */
const DESIGNATION_REACH = 80;

/**
 * The designation or calibre that a name at `start` of `text` ends the noun phrase of, if any:
 * "152-millimeter" for "artillery shells" in "152-millimeter artillery shells", "Hwasong-17" for
 * "intercontinental ballistic missile" in "Hwasong-17 intercontinental ballistic missile".
 */
export function designationBefore(text: string, start: number): string | undefined {
  const from = Math.max(0, start - DESIGNATION_REACH);
  const last = findDesignations(text.slice(from, start)).at(-1);
  if (!last) return undefined;
  return AFTER_DESIGNATION.test(text.slice(from + last.end, start)) ? last.text : undefined;
}

/** What `findMentions` may be told about where a generic name still counts inside a designated phrase. */
export interface MentionOptions {
  /**
   * Spans (offsets into the raw text) where a name of no designation of its own counts even
   * after a designation: the quotes of "kind of" relations to the entry, by which a curator
   * says that "Hwasong-17 intercontinental ballistic missile" is one of the ICBMs.
   */
  keepInside?: readonly { start: number; end: number }[];
}

/**
 * Finds every occurrence of any of `names` in the given blocks, including a designation or
 * calibre with modifiers before its head noun (see `designationBody`). Overlapping occurrences of
 * different names of the same system are merged into the longest, so "Hwasong-18s" counts
 * once even when both "Hwasong-18" and "Hwasong-18s" are names. A name with no designation of
 * its own ("artillery shells") does not count where a designation or calibre heads its noun
 * phrase ("152-millimeter artillery shells" names another system), unless the curator said so
 * (`options.keepInside`). Offsets are into the raw source text, like the blocks'.
 */
export function findMentions(blocks: readonly Block[], names: readonly string[], options: MentionOptions = {}): NameMatch[] {
  const patterns = names.flatMap(compileName);
  const generic = names.flatMap((name) => (leadingDesignation(name) ? [] : compileName(name)));
  const keep = options.keepInside ?? [];
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const found: NameMatch[] = [];
  for (const block of blocks) {
    // A passage printed twice is cited in its first copy, which speaks for both.
    const home = (block.duplicateOf && byId.get(block.duplicateOf)) || block;
    const kept = (start: number, end: number) => keep.some((k) => k.start <= home.start + start && home.start + end <= k.end);
    const spans = patterns.flatMap((pattern) =>
      matchName(block.text, pattern).filter(
        ({ start, end }) => !generic.includes(pattern) || designationBefore(block.text, start) === undefined || kept(start, end),
      ),
    );
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

/** What `textKeys` needs of a character, worked out once per distinct character of the catalog's texts. */
const readChars = new Map<string, { word: boolean; folded: string }>();
function readChar(char: string): { word: boolean; folded: string } {
  let read = readChars.get(char);
  if (!read) {
    read = { word: WORD_CHAR.test(char), folded: SEPARATORS.test(char) ? '' : foldCase(char) };
    readChars.set(char, read);
  }
  return read;
}

/**
 * A name's key: its first characters, case-folded, without the hyphens and spaces
 * `namePattern` lets vary. Every occurrence of the name starts, after a character that is no
 * letter or digit, a stretch of text that read the same way begins with the key; see `textKeys`.
 */
export function nameKey(name: string): string {
  return Array.from(name.trim().split(SEPARATORS).join(''), foldCase).join('').slice(0, KEY_LENGTH);
}

/**
 * The keys under which a name may occur: its own, and for a name that begins with a designation
 * or calibre, that designation's ("122m" for "122-millimeter shells", which may be written "122mm").
 */
export function nameKeys(name: string): string[] {
  const lead = leadingDesignation(name);
  if (!lead) return [nameKey(name)];
  return [nameKey(name), lead.kind === 'caliber' ? `${lead.number}m` : nameKey(lead.text)];
}


/**
 * How `textKeys` reads a text: in runs of word characters ([\p{L}\p{N}], case-insensitively), runs
 * of separators ([\s\u00a0-], folding to nothing), and any other one character. For each ASCII
 * code: 1 for a word character, 2 for a separator.
 */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => (/[\p{L}\p{N}]/iu.test(String.fromCharCode(c)) ? 1 : /[\s\u00a0-]/u.test(String.fromCharCode(c)) ? 2 : 0));
/** A separator, for one character. */
const RUN_SEPARATOR = /^[\s\u00a0-]$/u;

/** Keys of texts read lately: a command verifies the same sources several times over. */
const keysOfText = new Map<string, Map<string, Set<string>>>();
const TEXTS_KEPT = 4;

/**
 * The keys of the given lengths that `text` holds: a text without a name's key cannot mention
 * it, so a catalog searches a source only for the entries whose keys it holds.
 */
export function textKeys(text: string, lengths: ReadonlySet<number>): Set<string> {
  const lengthsKey = [...lengths].sort((a, b) => a - b).join(',');
  const known = keysOfText.get(text)?.get(lengthsKey);
  if (known) return known;
  const folded: string[] = [];
  const starts: number[] = [];
  let size = 0;
  let afterWordChar = false;
  /** Reads one run of the text: word characters, separators, or one other character. */
  const read = (run: string, word: boolean, separator: boolean, fold: string) => {
    // A separator folds to nothing: the word after it starts where it did, counted once.
    if (!afterWordChar && starts.at(-1) !== size) starts.push(size);
    afterWordChar = word;
    if (!separator) {
      folded.push(fold);
      size += fold.length;
    }
    void run;
  };
  // A run at a time: word characters (folded one code point at a time unless plain ASCII),
  // separators (which fold to nothing), or one other character; an ASCII character is classed
  // by its code, any other by the classes above.
  const ASCII_WORD = 1;
  const ASCII_SEPARATOR = 2;
  const kindOf = (char: string, c: number): 'word' | 'separator' | 'other' => {
    if (c < 128) return (ASCII_KIND[c]! & ASCII_WORD) !== 0 ? 'word' : (ASCII_KIND[c]! & ASCII_SEPARATOR) !== 0 ? 'separator' : 'other';
    return readChar(char).word ? 'word' : RUN_SEPARATOR.test(char) ? 'separator' : 'other';
  };
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i)!;
    const char = c > 0xffff ? text.slice(i, i + 2) : text[i]!;
    const kind = kindOf(char, c);
    let j = i + char.length;
    if (kind === 'other') {
      read(char, readChar(char).word, false, readChar(char).folded);
      i = j;
      continue;
    }
    let ascii = c < 128;
    for (;;) {
      if (j >= text.length) break;
      const d = text.codePointAt(j)!;
      const next = d > 0xffff ? text.slice(j, j + 2) : text[j]!;
      if (kindOf(next, d) !== kind) break;
      if (d >= 128) ascii = false;
      j += next.length;
    }
    const run = text.slice(i, j);
    if (kind === 'separator') read(run, false, true, '');
    else read(run, true, false, ascii ? run.toLowerCase() : Array.from(run, (ch) => readChar(ch).folded).join(''));
    i = j;
  }
  const all = folded.join('');
  const keys = new Set<string>();
  for (const start of starts) for (const length of lengths) keys.add(all.slice(start, start + length));
  if (!keysOfText.has(text) && keysOfText.size >= TEXTS_KEPT) keysOfText.delete(keysOfText.keys().next().value!);
  keysOfText.set(text, (keysOfText.get(text) ?? new Map()).set(lengthsKey, keys));
  return keys;
}

/**
 * The first of `names` that reads the whole of an occurrence's `text` (as `findMentions`
 * reads it), to say which name or alias a mention rests on.
 */
export function nameOf(text: string, names: readonly string[]): string | undefined {
  return names.find((name) => wholeName(name).some((p) => p.test(text)));
}

const anchored = new Map<string, RegExp[]>();
/** A name's patterns anchored to read a whole text, compiled once per name. */
function wholeName(name: string): RegExp[] {
  let patterns = anchored.get(name);
  if (!patterns) anchored.set(name, (patterns = compileName(name).map((p) => new RegExp(`^(?:${p.source})$`, 'iu'))));
  return patterns;
}
