/**
 * Finds the cues of catalog/text/cue-table.ts in a passage and the stretch of text each one
 * governs (its scope), in the manner of NegEx and ConText: a cue's scope runs from the cue to
 * the end of its sentence, its quotation or its relative clause, or to a terminator, whichever
 * comes first. A report cue ("said", "according to") governs what is reported, before or after
 * it, and names who reports it. Deterministic and free of any model: the tables decide.
 */
import {
  CUE_ROWS,
  PSEUDO_CUES,
  RELATIVIZERS,
  SCOPE_TERMINATORS,
  SUBJECT_GAP_WORDS,
  type Certainty,
  type CueKind,
  type CueRow,
} from './cue-table';
import { relativeClauseEnd } from './relative-clause';
import { splitSentences, type SentenceSpan } from './sentences';

export interface Span {
  start: number;
  end: number;
}

export interface CueMatch extends Span {
  kind: CueKind;
  /** The cue as written. */
  text: string;
  level?: Certainty;
  negative: boolean;
  /** What the cue governs, as spans of the passage. */
  scope: Span[];
  /** For a report: which side of the verb names who reports. */
  subject?: 'before' | 'after';
  /** For a report: the words that name who reports ("Japan’s Kyodo News"), when found. */
  speaker?: Span & { text: string };
}

const WORD_START = '(?<![\\p{L}\\p{N}\'’-])';
const WORD_END = '(?![\\p{L}\\p{N}]|[\'’-]\\p{L})';

/** A phrase of the tables as pattern source: spaces match any whitespace, apostrophes either form. */
function phraseSource(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
}

function compile(phrases: readonly string[], exactCase = false): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(phraseSource);
  return new RegExp(`${WORD_START}(?:${alternatives.join('|')})${WORD_END}`, exactCase ? 'gu' : 'giu');
}

const ROW_PATTERNS: { row: CueRow; pattern: RegExp }[] = CUE_ROWS.map((row) => ({ row, pattern: compile(row.phrases, row.exactCase) }));
const PSEUDO_PATTERN = compile(PSEUDO_CUES.map((p) => p.phrase));
const TERMINATORS = SCOPE_TERMINATORS.map((t) => ({ pattern: new RegExp(t.pattern, 'giu'), ends: new Set(t.ends) }));
const GAP_WORDS = new Set(SUBJECT_GAP_WORDS);
const RELATIVIZER = new RegExp(`${WORD_START}(?:${RELATIVIZERS.join('|')})\\s+(?:(?:${SUBJECT_GAP_WORDS.join('|')}|are|is|was|were|be)\\s+)?$`, 'iu');
/** Words at which the name of who reports stops, looking back from the verb. */
const SUBJECT_BOUNDARY = /^(?:and|but|or|that|which|who|after|before|while|when|because|since|until|as|if|than|though|although)$/iu;
const MAX_SUBJECT_WORDS = 7;

/** Paired quotation marks of a passage, as spans from the opening mark to just past the closing one. */
function findQuotations(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/“[^“”]*”|"[^"\n]*"/g)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

const inside = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Every cue of the tables in `text`, leaving out those that overlap a pseudo-cue or lie inside a longer cue. */
function matchCues(text: string): (Omit<CueMatch, 'scope'> & { afterContentOnly: boolean })[] {
  const pseudo = [...text.matchAll(PSEUDO_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const found = ROW_PATTERNS.flatMap(({ row, pattern }) =>
    [...text.matchAll(pattern)].map((m) => ({
      kind: row.kind,
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      level: row.level,
      negative: row.negative ?? false,
      subject: row.subject,
      afterContentOnly: row.afterContentOnly ?? false,
    })),
  );
  return found
    .filter((c) => !pseudo.some((p) => p.start < c.end && c.start < p.end))
    .filter((c) => !found.some((o) => o !== c && inside(c, o) && o.end - o.start > c.end - c.start))
    .sort((a, b) => a.start - b.start);
}

/** A matched cue without the table's matching flags. */
const withoutFlags = ({ afterContentOnly, ...cue }: ReturnType<typeof matchCues>[number]): Omit<CueMatch, 'scope'> => (void afterContentOnly, cue);

/** Where the first terminator for `kind` starts in `text` between `from` and `limit`, else `limit`. */
function terminate(text: string, kind: CueKind, from: number, limit: number): number {
  let end = limit;
  for (const t of TERMINATORS) {
    if (!t.ends.has(kind)) continue;
    t.pattern.lastIndex = from;
    const m = t.pattern.exec(text);
    if (m && m.index < end) end = m.index;
  }
  return end;
}

/** The words right before `at` that name who reports, skipping auxiliaries and one ", …," aside. */
function speakerBefore(text: string, sentence: SentenceSpan, at: number): (Span & { text: string }) | undefined {
  let end = at;
  // Skip words such as "has" or "also" and one parenthetical ("Voice of America, citing …, reported").
  for (;;) {
    const before = text.slice(sentence.start, end);
    const gap = /(?:^|\s)([\p{L}]+)\s*$/u.exec(before);
    if (gap && GAP_WORDS.has(gap[1]!.toLowerCase())) {
      end = sentence.start + gap.index + (gap[0].length - gap[0].trimStart().length);
      continue;
    }
    const aside = /,[^,;“”]{1,200},\s*$/u.exec(before);
    if (aside && aside.index > 0) {
      end = sentence.start + aside.index;
      continue;
    }
    break;
  }
  const words = [...text.slice(sentence.start, end).matchAll(/[^\s,;:“”"()]+/gu)];
  let first = words.length;
  for (let i = words.length - 1; i >= 0 && words.length - i <= MAX_SUBJECT_WORDS; i--) {
    const word = words[i]!;
    const gapAfter = text.slice(sentence.start + word.index + word[0].length, i + 1 < words.length ? sentence.start + words[i + 1]!.index : end);
    if (/[,;:“”"()]/.test(gapAfter) || SUBJECT_BOUNDARY.test(word[0])) break;
    first = i;
  }
  if (first === words.length) return undefined;
  const start = sentence.start + words[first]!.index;
  const last = words.at(-1)!;
  const stop = sentence.start + last.index + last[0].length;
  return { start, end: stop, text: text.slice(start, stop) };
}

/** The words right after `at` that name who reports ("according to the KCNA, …"). */
function speakerAfter(text: string, sentence: SentenceSpan, at: number): (Span & { text: string }) | undefined {
  const m = /^\s+([^,;.“”]{1,80}?)(?=\s*(?:[,;“”]|\.?$|\.\s))/u.exec(text.slice(at, sentence.end));
  if (!m) return undefined;
  const start = at + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, text: m[1]! };
}

/** The scope of a report cue: what it reports, before or after the verb. */
function reportScope(text: string, cue: Omit<CueMatch, 'scope'>, sentence: SentenceSpan, quote: Span | undefined, speaker?: Span): Span[] {
  const limit = quote ? quote.end - 1 : sentence.end;
  if (cue.subject === 'after') {
    const leading = text.slice(sentence.start, cue.start).replace(/[“"\s]/g, '');
    if (leading === '') return [{ start: speaker?.end ?? cue.end, end: terminate(text, 'report', speaker?.end ?? cue.end, sentence.end) }];
    return [{ start: sentence.start, end: cue.start }];
  }
  // After the verb only a few words and the end of the sentence or quotation: what it reports came before.
  const tail = text.slice(cue.end, limit);
  const postPosition = /^(?:\s+[\p{L}\p{N}’'.-]+){0,3}\s*[,.!?]?[”"’]*\s*$/u.test(tail);
  if (!postPosition) return [{ start: cue.end, end: terminate(text, 'report', cue.end, limit) }];
  const from = speaker?.start ?? cue.start;
  const before = text.slice(sentence.start, from);
  const closing = /[,.!?]?\s*[”"]\s*$/.exec(before);
  if (closing) {
    const quotation = findQuotations(text).find((q) => q.end === sentence.start + closing.index + closing[0].trimEnd().length);
    if (quotation) return [{ start: quotation.start + 1, end: quotation.end - 1 }];
  }
  const relative = /,\s+(?:which|that)\s*$/iu.exec(before);
  return [{ start: sentence.start, end: relative ? sentence.start + relative.index : from }];
}

/**
 * Every cue in a passage with its scope. Sentences are found by catalog/text/sentences.ts; a
 * cue inside a quotation governs no further than its closing mark; a hedge or modal that opens
 * a restrictive relative clause ("arms that would fit Moscow’s needs") governs only the clause.
 * A sentence that is all quotation and follows a report of a quotation ("“…,” Voice of America
 * reported. “…”") is governed by that report too.
 */
export function findCues(text: string): CueMatch[] {
  return analysePassage(text).cues;
}

/** A passage's sentences and cues: `findCues` with the sentences it found. */
export function analysePassage(text: string): { sentences: SentenceSpan[]; cues: CueMatch[] } {
  const sentences = splitSentences(text);
  const quotations = findQuotations(text);
  const cues: CueMatch[] = [];
  const quotedReports = new Map<number, CueMatch>();
  sentences.forEach((sentence, index) => {
    const inSentence = (c: Span) => sentence.start <= c.start && c.end <= sentence.end;
    const own = matchCues(text.slice(sentence.start, sentence.end)).map((c) => ({ ...c, start: c.start + sentence.start, end: c.end + sentence.start }));
    for (const cue of own) {
      if (!inSentence(cue)) continue;
      const quote = quotations.find((q) => q.start < cue.start && cue.end < q.end);
      if (cue.kind === 'report') {
        const speaker = cue.subject === 'after' ? speakerAfter(text, sentence, cue.end) : speakerBefore(text, sentence, cue.start);
        const rest = withoutFlags(cue);
        const scope = reportScope(text, rest, sentence, quote, speaker);
        if (cue.afterContentOnly && scope[0]!.start >= cue.end) continue;
        const match: CueMatch = { ...rest, scope, ...(speaker && { speaker }) };
        cues.push(match);
        if (scope[0] && quotations.some((q) => q.start + 1 === scope[0]!.start)) quotedReports.set(index, match);
        continue;
      }
      const limit = quote ? quote.end - 1 : sentence.end;
      let end = terminate(text, cue.kind, cue.end, limit);
      if (RELATIVIZER.test(text.slice(sentence.start, cue.start))) {
        // Tagged from the sentence's start: the sentences before it do not change its words' tags.
        const clauseEnd = relativeClauseEnd(text.slice(sentence.start, end), cue.end - sentence.start);
        if (clauseEnd !== null) end = Math.min(end, sentence.start + clauseEnd);
      }
      cues.push({ ...withoutFlags(cue), scope: [{ start: cue.end, end }] });
    }
    // A sentence that is all quotation continues the quoted report of the sentence before it.
    const previous = quotedReports.get(index - 1);
    const whole = quotations.find((q) => q.start === sentence.start && text.slice(q.end, sentence.end).trim() === '');
    if (previous && whole) {
      previous.scope.push({ start: whole.start + 1, end: whole.end - 1 });
      quotedReports.set(index, previous);
    }
  });
  return { sentences, cues };
}

/** Whether any part of `span` lies in the cue's scope. */
export function scopeCovers(cue: CueMatch, span: Span): boolean {
  return cue.scope.some((s) => s.start < span.end && span.start < s.end);
}

/**
 * Whether `party`, found at `partyStart`, is the one who reports with `cue`: for "X said" the
 * party ends right before the verb, but for auxiliaries and one ", …," aside ("Voice of
 * America, citing the images, reported"); for "according to X" it follows the cue.
 */
export function isSpeakerOf(text: string, cue: CueMatch, partyStart: number, partyEnd: number): boolean {
  if (cue.subject === 'after') return /^\s+(?:the\s+)?$/iu.test(text.slice(cue.end, partyStart)) || partyStart === cue.end + 1;
  if (partyEnd > cue.start) return false;
  const gap = text.slice(partyEnd, cue.start).replace(/^,[^,;“”]{1,200},/u, '');
  const words = gap.trim() === '' ? [] : gap.trim().split(/\s+/);
  return !/[.;:!?“”]/.test(gap) && words.length <= 4 && words.every((w) => GAP_WORDS.has(w.toLowerCase()));
}
