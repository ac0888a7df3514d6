/**
 * Finds the cues of catalog/text/cue-table.ts in a passage and the stretch of text each one
 * governs (its scope), in the manner of NegEx and ConText: a cue's scope runs from the cue to
 * the end of its sentence, its quotation or its relative clause, or to a terminator, whichever
 * comes first. A report cue ("said", "according to") governs what is reported, before or after
 * it, and names who reports it. Deterministic and free of any model: the tables decide.
 */
import { FOLDS_TO_ASCII } from './reg-exp';
import {
  CUE_ROWS,
  PSEUDO_CUES,
  RELATIVIZERS,
  SCOPE_TERMINATORS,
  SUBJECT_GAP_WORDS,
  SUBORDINATORS,
  type Certainty,
  type CueKind,
  type CueRow,
} from './cue-table';
import { acceptedParties, partyAfter, partyBefore, type Party } from './party';
import { relativeClauseEnd } from './relative-clause';
import { splitSentences, type SentenceSpan } from './sentences';
import { tagTerms } from './tag-terms';

import type { Span } from './party';

export type { Span };

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
  /**
   * For a report: the party, the noun phrase that names who reports ("Japan’s Kyodo News"),
   * when there is one (catalog/text/party.ts). Read from part-of-speech tags on first use.
   */
  speaker?: Party;
  /** For a report: where its party roughly lies, found without tags (for deciding whether a value holds it). */
  partyHint?: Span;
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

function compile(phrases: readonly string[], exactCase = false, followedBy?: string): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(phraseSource);
  const after = followedBy ? `(?=${followedBy})` : '';
  return new RegExp(`${WORD_START}(?:${alternatives.join('|')})${WORD_END}${after}`, exactCase ? 'gu' : 'giu');
}

/**
 * A pattern of phrases, and where it may match: where a word starts that is the first word of
 * one of its phrases (its first run of letters and digits, lower-cased). A match starts where a
 * word does, and that run ends where the text's word ends, so trying the pattern at those words
 * alone finds what a scan of the whole text finds. `first` is `undefined` when a phrase starts
 * with neither letter nor digit: the text is then scanned.
 */
interface PhrasePattern {
  pattern: RegExp;
  sticky: RegExp;
  first: ReadonlySet<string> | undefined;
}
function phrasePattern(phrases: readonly string[], exactCase = false, followedBy?: string): PhrasePattern {
  const pattern = compile(phrases, exactCase, followedBy);
  const words = phrases.map((p) => /^[\p{L}\p{N}]+/u.exec(p.toLowerCase())?.[0]);
  const first = words.every((w) => w !== undefined) ? new Set(words as string[]) : undefined;
  return { pattern, sticky: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`), first };
}
interface Word {
  word: string;
  start: number;
}
/** The words of a text, lower-cased, where they start; `undefined` when they cannot tell where a pattern may match. */
const wordsOf = (text: string): Word[] | undefined => (FOLDS_TO_ASCII.test(text) ? undefined : Array.from(text.matchAll(/[\p{L}\p{N}]+/gu), (m) => ({ word: m[0].toLowerCase(), start: m.index })));
/** The matches of `p` in `text`, in order, as `text.matchAll(p.pattern)` finds them. */
function matchesOf(text: string, words: readonly Word[] | undefined, p: PhrasePattern): { start: number; text: string }[] {
  if (!words || !p.first) return Array.from(text.matchAll(p.pattern), (m) => ({ start: m.index, text: m[0] }));
  const found: { start: number; text: string }[] = [];
  let after = 0;
  for (const w of words) {
    if (w.start < after || !p.first.has(w.word)) continue;
    p.sticky.lastIndex = w.start;
    const m = p.sticky.exec(text);
    if (m) {
      found.push({ start: w.start, text: m[0] });
      after = w.start + m[0].length;
    }
  }
  return found;
}
const ROW_PATTERNS: { row: CueRow; pattern: PhrasePattern }[] = CUE_ROWS.map((row) => ({ row, pattern: phrasePattern(row.phrases, row.exactCase, row.followedBy) }));
/** Verb forms that are as often a noun or an adjective: only these are tagged. */
const AMBIGUOUS_FORM = /s$|ed$|^claim$|^report$/u;
const VERB_FORMS = new Set(CUE_ROWS.filter((r) => r.verb).flatMap((r) => r.phrases));
/** Words after which a verb form is a noun or an adjective: "the claims", "a detailed inquiry", "the said missile". */
const NOUN_BEFORE = /(?:(?<![\p{L}\p{N}])(?:the|a|an|its|their|his|her|our|these|those|this|such|any|no|new|recent|earlier|latest)|[\p{L}][’']s)\s+$/iu;
const SUBORDINATOR = new RegExp(`^(?:${SUBORDINATORS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const RELATIVE_CLAUSE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${RELATIVIZERS.join('|')})(?:\\s+[^\\s,;]+){0,3}\\s+$`, 'iu');
const PSEUDO_PATTERN = phrasePattern(PSEUDO_CUES.map((p) => p.phrase));
const TERMINATORS = SCOPE_TERMINATORS.map((t) => ({ pattern: new RegExp(t.pattern, 'giu'), ends: new Set(t.ends) }));
const GAP_WORDS = new Set(SUBJECT_GAP_WORDS);
const RELATIVIZER = new RegExp(`${WORD_START}(?:${RELATIVIZERS.join('|')})\\s+(?:(?:${SUBJECT_GAP_WORDS.join('|')}|are|is|was|were|be)\\s+)?$`, 'iu');
/** Words at which the name of who reports stops, looking back from the verb. */
const SUBJECT_BOUNDARY = /^(?:and|but|or|that|which|who|after|before|while|when|because|since|until|as|if|than|though|although)$/iu;
const MAX_SUBJECT_WORDS = 7;

/**
 * Paired quotation marks of a passage, as spans from the opening mark to just past the closing
 * one: double marks, and single ones (‘…’, or '…' between non-letters), where an apostrophe
 * inside a word ("Japan’s") closes nothing.
 */
function findQuotations(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/“[^“”]*”|"[^"\n]*"|‘(?:[^‘’]|’(?=\p{L}))*’|(?<![\p{L}\p{N}])'(?:[^'\n]|'(?=\p{L}))*'(?![\p{L}\p{N}])/gu)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

const inside = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

type Matched = Omit<CueMatch, 'scope'> & { afterContentOnly: boolean; verb: boolean };

/**
 * Whether a verb form of the table is a verb here: not right after a determiner or a possessive
 * ("the claims", "a detailed inquiry", "the said missile"), not at the start of its sentence
 * with nothing to report ("Detailed images…"), and not where the tagger reads a noun or an
 * adjective and no verb. Where the tags are unsure, it is a verb: the wider reading refuses more.
 */
function isVerbHere(sentence: string, cue: Span): boolean {
  const before = sentence.slice(0, cue.start);
  const after = sentence.slice(cue.end);
  if (NOUN_BEFORE.test(before)) return false;
  if (/^[\s“"‘]*$/u.test(before) && !/^\s*,/u.test(after)) return false;
  const word = sentence.slice(cue.start, cue.end).toLowerCase();
  if (!AMBIGUOUS_FORM.test(word)) return true;
  // Cheap readings first: after a name, a pronoun or an auxiliary it is a verb ("Pyongyang denies", "he claims").
  const previousWord = /([\p{L}’'.-]+)\s+$/u.exec(before)?.[1] ?? '';
  if (/^\p{Lu}/u.test(previousWord) && !/^(?:The|A|An|Its|Their|Amid)$/u.test(previousWord)) return true;
  if (GAP_WORDS.has(previousWord.toLowerCase()) || /^(?:he|she|they|it|we|who)$/iu.test(previousWord)) return true;
  const terms = tagTerms(sentence);
  const at = terms.findIndex((t) => t.start <= cue.start && cue.start < t.end);
  const previous = terms[at - 1];
  // "dismissed reports that…", "amid reports that…": the object of a verb or a preposition.
  const adjacent = previous && /^\s+$/u.test(sentence.slice(previous.end, cue.start)) && !RELATIVIZERS.includes(previous.text.toLowerCase());
  if (previous && adjacent && (previous.tags.has('Preposition') || (previous.tags.has('Verb') && !previous.tags.has('Auxiliary') && !GAP_WORDS.has(previous.text.toLowerCase())))) return false;
  // "…, the video shows." or "The manual states the…": a verb before its clause or after its content.
  if (/^\s*(?:[.,;!?”"’]|$)/u.test(after) || /^\s+(?:the|a|an|that|how|what|whether|it|he|she|they|its|his|her|their|\p{Lu})/u.test(after)) return true;
  const term = terms[at];
  return !term || term.tags.has('Verb') || !(term.tags.has('Noun') || term.tags.has('Adjective'));
}

/** Every cue of the tables in a sentence, leaving out those that overlap a pseudo-cue, lie inside a longer cue or are not in their role. */
function matchCues(text: string): Matched[] {
  const words = wordsOf(text);
  const pseudo = matchesOf(text, words, PSEUDO_PATTERN).map((m) => ({ start: m.start, end: m.start + m.text.length }));
  const found: Matched[] = ROW_PATTERNS.flatMap(({ row, pattern }) =>
    matchesOf(text, words, pattern).map((m) => ({
      kind: row.kind,
      text: m.text,
      start: m.start,
      end: m.start + m.text.length,
      level: row.level,
      negative: row.negative ?? false,
      subject: row.subject,
      afterContentOnly: row.afterContentOnly ?? false,
      verb: row.verb ?? false,
    })),
  );
  const kept = found
    .filter((c) => !pseudo.some((p) => p.start < c.end && c.start < p.end))
    .filter((c) => !found.some((o) => o !== c && inside(c, o) && o.end - o.start > c.end - c.start))
    .filter((c) => !c.verb || !VERB_FORMS.has(c.text.toLowerCase()) || isVerbHere(text, c))
    .sort((a, b) => a.start - b.start);
  // "Neither … nor …" is one negation, not two.
  return kept.filter((c) => !(c.text.toLowerCase() === 'nor' && kept.some((o) => o.start < c.start && o.text.toLowerCase() === 'neither')));
}

/** A matched cue without the table's matching flags. */
const withoutFlags = ({ afterContentOnly, verb, ...cue }: Matched): Omit<CueMatch, 'scope'> => (void afterContentOnly, void verb, cue);

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

/** Where the words before `at` that may name who reports begin, for finding the quotation a report follows. */
function subjectStart(text: string, sentence: SentenceSpan, at: number): number {
  let end = at;
  for (;;) {
    const before = text.slice(sentence.start, end);
    const gap = /(?:^|\s)([\p{L}]+)\s*$/u.exec(before);
    if (gap && GAP_WORDS.has(gap[1]!.toLowerCase())) {
      end = sentence.start + gap.index + (gap[0].length - gap[0].trimStart().length);
      continue;
    }
    break;
  }
  const words = [...text.slice(sentence.start, end).matchAll(/[^\s,;:“”"()‘]+/gu)];
  let first = words.length;
  for (let i = words.length - 1; i >= 0 && words.length - i <= MAX_SUBJECT_WORDS; i--) {
    const word = words[i]!;
    const gapAfter = text.slice(sentence.start + word.index + word[0].length, i + 1 < words.length ? sentence.start + words[i + 1]!.index : end);
    if (/[,;:“”"()]/.test(gapAfter) || SUBJECT_BOUNDARY.test(word[0])) break;
    first = i;
  }
  return first === words.length ? at : sentence.start + words[first]!.index;
}

/** The clause a cue stands in: from the sentence start or the last comma, semicolon or dash before it. */
function clauseBefore(text: string, sentence: SentenceSpan, at: number): string {
  const before = text.slice(sentence.start, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' – '), before.lastIndexOf(' — '));
  return before.slice(cut + 1).replace(/^[\s“"‘]+/u, '');
}

/**
 * Where a report inside a subordinate clause ("After X accused Y of …,") or a relative clause
 * ("Hanbit Wire, a website that reports on …,", "The Onjong-4, which analysts believe …,")
 * stops governing: the end of that clause. `null` when the cue is in the main clause.
 */
function embeddedClauseEnd(text: string, sentence: SentenceSpan, cue: Span, limit: number): number | null {
  const clause = clauseBefore(text, sentence, cue.start);
  const comma = () => {
    const next = text.slice(cue.end, limit).search(/[,;]/);
    return next === -1 ? null : cue.end + next;
  };
  if (SUBORDINATOR.test(clause)) return comma();
  const relative = RELATIVE_CLAUSE.exec(clause);
  // "…, which the North has denied.": the relative word is what is denied, the words before it.
  if (!relative || /^\s*[.,;!?”"’]*\s*$/u.test(text.slice(cue.end, limit))) return null;
  const word = relative[0].trim().split(/\s+/)[0]!.toLowerCase();
  const clauseStart = cue.start - clause.length;
  // "said that officials confirmed": "that" after a verb opens a complement, not a relative clause.
  if (word === 'that') {
    const ahead = text.slice(sentence.start, clauseStart + relative.index);
    const previous = tagTerms(text.slice(sentence.start, sentence.end)).filter((t) => t.end <= ahead.length).at(-1);
    if (!previous || previous.tags.has('Verb')) return null;
  }
  const inAside = /,\s*[^,]*$/u.test(text.slice(sentence.start, cue.start));
  if (inAside) return comma() ?? limit;
  const end = relativeClauseEnd(text.slice(sentence.start, sentence.end), cue.end - sentence.start, limit - sentence.start);
  return end === null ? null : sentence.start + end;
}

/** The scope of a report cue: what it reports, before or after the verb. */
function reportScope(text: string, cue: Omit<CueMatch, 'scope'>, sentence: SentenceSpan, quote: Span | undefined): Span[] {
  const limit = quote ? quote.end - 1 : sentence.end;
  if (cue.subject === 'after') {
    const leading = text.slice(sentence.start, cue.start).replace(/[“"\s]/g, '');
    const party = /^\s+[^,;.“”]{1,80}?(?=\s*(?:[,;“”]|\.?$|\.\s))/u.exec(text.slice(cue.end, sentence.end));
    const partyEnd = party ? cue.end + party[0].length : cue.end;
    if (leading === '') return [{ start: partyEnd, end: terminate(text, 'report', partyEnd, sentence.end) }];
    // "X, citing Y, reported …": an aside that describes the party reports nothing of its own.
    if (/,\s*$/u.test(text.slice(sentence.start, cue.start)) && /^\s*,\s*\S/u.test(text.slice(partyEnd, sentence.end)) && /^[^,]*\S\s*,\s*$/u.test(text.slice(sentence.start, cue.start))) {
      return [{ start: cue.end, end: partyEnd }];
    }
    return [{ start: sentence.start, end: cue.start }];
  }
  // A report in a relative clause without "that", reporting an infinitive: "The latest model North
  // Korea claims to have developed | was tested in mid-July". The claim is the infinitive; the
  // sentence's own verb after it is the article's.
  const reduced = /^\s+to\s+(?:have\s+(?:been\s+)?)?[\p{L}-]+\s+(?=(?:was|were|is|are|has been|have been|had been)\s+\p{L}+ed)/u.exec(text.slice(cue.end, limit));
  // The head noun ("The latest model") is followed by a name that reports ("North Korea"), with no "that".
  if (reduced && /(?:^|\s)(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}[\p{L}’'-]*\s+){1,3}(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}$/u.test(text.slice(sentence.start, cue.start))) {
    return [{ start: cue.end, end: cue.end + reduced[0].trimEnd().length }];
  }
  const embedded = embeddedClauseEnd(text, sentence, cue, limit);
  if (embedded !== null) return [{ start: cue.end, end: Math.max(cue.end, embedded) }];
  // After the verb only a few words and the end of the sentence or quotation: what it reports came before.
  const tail = text.slice(cue.end, limit);
  const from = subjectStart(text, sentence, cue.start);
  const before = text.slice(sentence.start, from);
  const postPosition = (/^(?:\s+[\p{L}\p{N}’'.-]+){0,3}\s*[,.!?]?[”"’]*\s*$/u.test(tail) || /^,\s+citing\s[^,;]*$/iu.test(tail)) && /(?:[,:;”"’]|,\s+(?:which|that))\s*$/iu.test(before);
  if (!postPosition) return [{ start: cue.end, end: terminate(text, 'report', cue.end, limit) }];
  const closing = /[,.!?]?\s*[”"’]\s*$/u.exec(before);
  if (closing) {
    const quotation = findQuotations(text).find((q) => q.end === sentence.start + closing.index + closing[0].trimEnd().length);
    if (quotation) return [{ start: quotation.start + 1, end: quotation.end - 1 }];
  }
  const relative = /,\s+(?:which|that)\s*$/iu.exec(before);
  return [{ start: sentence.start, end: relative ? sentence.start + relative.index : from }];
}

/** Gives a report its party, read from the tags only when first asked for. */
function withParty(match: CueMatch, text: string, sentence: SentenceSpan): CueMatch {
  let party: Party | undefined | null = null;
  Object.defineProperty(match, 'speaker', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (party === null) party = match.subject === 'after' ? partyAfter(text, sentence, match) : partyBefore(text, sentence, match);
      return party;
    },
  });
  return match;
}

/**
 * Every cue in a passage with its scope. Sentences are found by catalog/text/sentences.ts; a
 * cue inside a quotation governs no further than its closing mark; a hedge or modal that opens
 * a restrictive relative clause ("arms that would fit Moscow’s needs") governs only the clause,
 * and a report inside a subordinate or relative clause governs only that clause. A sentence
 * that is all quotation and follows a report of a quotation ("“…,” Voice of America
 * reported. “…”") is governed by that report too.
 */
export function findCues(text: string): CueMatch[] {
  return analysePassage(text).cues;
}

/** A passage's sentences and cues: `findCues` with the sentences it found. */
export function analysePassage(text: string): { sentences: SentenceSpan[]; cues: CueMatch[] } {
  // A pure function of the text: each passage is read once per process, however many rules ask.
  let known = analysed.get(text);
  if (!known) analysed.set(text, (known = readPassage(text)));
  return known;
}

const analysed = new Map<string, { sentences: SentenceSpan[]; cues: CueMatch[] }>();

function readPassage(text: string): { sentences: SentenceSpan[]; cues: CueMatch[] } {
  const sentences = splitSentences(text);
  const quotations = findQuotations(text);
  const cues: CueMatch[] = [];
  const quotedReports = new Map<number, CueMatch>();
  sentences.forEach((sentence, index) => {
    const inSentence = (c: Span) => sentence.start <= c.start && c.end <= sentence.end;
    const own = matchCues(text.slice(sentence.start, sentence.end)).map((c) => ({ ...c, start: c.start + sentence.start, end: c.end + sentence.start }));
    for (const cue of own) {
      if (!inSentence(cue)) continue;
      const quote = quotations.filter((q) => q.start < cue.start && cue.end < q.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      if (cue.kind === 'report') {
        const rest = withoutFlags(cue);
        const scope = reportScope(text, rest, sentence, quote);
        if (cue.afterContentOnly && scope[0]!.start >= cue.end) continue;
        const partyHint =
          cue.subject === 'after'
            ? { start: cue.end, end: Math.min(sentence.end, cue.end + (/^\s+[^,;.“”]{1,80}?(?=\s*(?:[,;“”]|\.?$|\.\s))/u.exec(text.slice(cue.end, sentence.end))?.[0].length ?? 0)) }
            : { start: subjectStart(text, sentence, cue.start), end: cue.start };
        const match = withParty({ ...rest, scope, partyHint }, text, sentence);
        cues.push(match);
        if (scope[0] && quotations.some((q) => q.start + 1 === scope[0]!.start)) quotedReports.set(index, match);
        continue;
      }
      const limit = quote ? quote.end - 1 : sentence.end;
      let end = terminate(text, cue.kind, cue.end, limit);
      if (RELATIVIZER.test(text.slice(sentence.start, cue.start))) {
        // Tagged from the sentence's start: the sentences before it do not change its words' tags.
        const clauseEnd = relativeClauseEnd(text.slice(sentence.start, sentence.end), cue.end - sentence.start, end - sentence.start);
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
 * Whether the words at `partyStart`–`partyEnd` are the party of `cue` (catalog/text/party.ts):
 * its whole noun phrase, or that phrase less a leading determiner or possessive of place; for
 * a pronoun, the phrase it points back to. A fragment or a longer stretch is not.
 */
export function isSpeakerOf(text: string, cue: CueMatch, partyStart: number, partyEnd: number): boolean {
  const party = cue.speaker;
  if (!party) return false;
  return acceptedParties(text, party).some((s) => s.start === partyStart && s.end === partyEnd);
}
