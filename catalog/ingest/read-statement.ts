/**
 * What a passage says about the words of a statement before a curator writes it down: the
 * negations, hedges, modals and likenesses around the words (its cues), the certainty and
 * polarity they give it, and who says it (each report that covers it, outermost first). The
 * cues and their scopes come from catalog/text/cue-scope.ts, as the verifier reads them; the
 * verifier then checks the statement as written, so a reading it would refuse is never written.
 */
import { analysePassage, scopeCovers, type CueMatch, type Span } from '../text/cue-scope';
import { CERTAINTY_LEVELS, type Certainty } from '../text/cue-table';
import type { SpeakerLink } from '../schema/entry';
import type { Block, SourceRecord } from '../schema/derived';
import { findMentions } from '../text/mentions';
import { blockBefore } from '../verify/holders';

export interface StatementReading {
  certainty: Certainty;
  polarity: 'positive' | 'negative';
  /** Cue words outside the value that govern it, as the passage writes them. */
  cues: string[];
  /** Who says it, outermost first; empty for the article's own voice. */
  speaker: SpeakerLink[];
  /** One line per decision, quoting the cue that made it. */
  why: string[];
}

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const rank = (level: Certainty) => CERTAINTY_LEVELS.length - CERTAINTY_LEVELS.indexOf(level);

/**
 * Reads the statement whose words are `value` (a span of `text`, the passage) as the passage
 * puts them. A report that disputes another report of the same words ("…, which the North has
 * denied") is a counter-claim, read as a cue rather than a speaker.
 */
export function readStatement(text: string, value: Span): StatementReading {
  const { cues } = analysePassage(text);
  const covering = cues.filter((c) => !contains(value, c) && scopeCovers(c, value));
  const inner = cues.filter((c) => contains(value, c));
  const counters = new Set(
    covering.filter((c) => c.kind === 'report' && c.negative && [...covering, ...inner].some((o) => o !== c && o.kind === 'report' && c.scope.some((s) => contains(s, o)))),
  );
  const why: string[] = [];
  const reports = [...covering, ...inner].filter((c) => c.kind === 'report' && !counters.has(c) && !(c.speaker && contains(value, c.speaker)));
  // Outermost first: a report whose scope holds another report's cue relays it.
  const depth = (c: CueMatch) => reports.filter((o) => o !== c && scopeCovers(o, c)).length;
  const ordered = [...reports].sort((a, b) => depth(a) - depth(b) || a.start - b.start);
  const speaker = ordered.map((c) => ({ party: c.speaker?.text ?? '', cue: c.text }));
  for (const c of ordered) {
    why.push(c.speaker ? `speaker: "${c.speaker.text} ${c.text}" reports these words` : `speaker: "${c.text}" reports these words, but the passage does not say who: name the party with --speaker`);
  }
  const declared = covering.filter((c) => c.kind !== 'report' || counters.has(c));
  const cueWords = declared.map((c) => {
    if (counters.has(c) && c.speaker && c.speaker.end <= c.start) return text.slice(c.speaker.start, c.end);
    return c.text;
  });
  declared.forEach((c, i) => why.push(`cue: "${cueWords[i]}" (${counters.has(c) ? 'a counter-claim' : c.kind}) covers these words from outside them`));
  const shaping = [...covering, ...inner].filter((c) => c.kind !== 'report' && c.level);
  const lowest = shaping.reduce<CueMatch | undefined>((low, c) => (!low || rank(c.level!) < rank(low.level!) ? c : low), undefined);
  const certainty = lowest?.level ?? 'certain';
  why.push(lowest ? `certainty: ${certainty}, because of the ${lowest.kind} "${lowest.text}"` : 'certainty: certain, no hedge or modal covers these words');
  const negations = [...[...covering, ...inner].filter((c) => c.kind !== 'report' && c.negative), ...ordered.filter((c) => c.negative)];
  const polarity = negations.length % 2 === 1 ? 'negative' : 'positive';
  why.push(negations.length > 0 ? `polarity: ${polarity}, because of ${negations.map((c) => `"${c.text}"`).join(', ')}` : 'polarity: positive, no negation covers these words');
  return { certainty, polarity, cues: cueWords, speaker, why };
}

/** A statement's subject as a passage gives it: words of the quote, and for a referring phrase the words it points back to. */
export interface SubjectReading {
  subject?: string;
  refersTo?: string;
  why: string;
}

/** Pronouns and determiners that open a phrase pointing back to something named before it. */
const REFERRING = /(?<![\p{L}\p{N}])(?:it|they|(?:the|this|these|those|such|its|their)(?:\s+[\p{L}\p{N}][\p{L}\p{N}’'-]*){1,4})(?![\p{L}\p{N}])/giu;

/**
 * The words a name of the entry is written with nearest before `at` in its block, else the last
 * in the block before: what a referring phrase there points back to (null when neither names it).
 */
export function antecedent(names: { here: readonly { start: number; end: number; text: string }[]; before: readonly { text: string }[] }, at: number): string | null {
  const here = names.here.filter((n) => n.end <= at).at(-1);
  return here?.text ?? names.before.at(-1)?.text ?? null;
}

/**
 * The subject of the words `value` (a span of the block's text) in the quote `quote` (another
 * span): a name of the entry in the quote, the nearest before the value (else the first in the
 * quote); else the referring phrase nearest before the value ("it", "the weapons") with the
 * words of its passage, or the one before, that name the entry; else none, for the curator to give.
 *
 * @param names where the entry is named in the block (`here`, with offsets into the block text) and in the block before.
 */
export function readSubject(
  text: string,
  quote: Span,
  value: Span,
  names: { here: readonly { start: number; end: number; text: string }[]; before: readonly { text: string }[] },
): SubjectReading {
  const inQuote = names.here.filter((n) => quote.start <= n.start && n.end <= quote.end);
  // Phrases that point back, where they are no name themselves ("it", "the weapons", not "the Hwasong-18").
  const phrases = [...text.slice(quote.start, value.start).matchAll(REFERRING)]
    .map((m) => ({ start: quote.start + m.index, end: quote.start + m.index + m[0].length, text: m[0] }))
    .filter((p) => !inQuote.some((n) => n.start < p.end && p.start < n.end));
  // The nearest before the words: a name, or a phrase that points back.
  const before = [...inQuote.filter((n) => n.end <= value.start).map((n) => ({ ...n, named: true })), ...phrases.map((p) => ({ ...p, named: false }))].sort((a, b) => a.start - b.start).at(-1);
  const named = before?.named ? before : before ? undefined : inQuote[0];
  if (named) return { subject: named.text, why: `subject: "${named.text}", the entry's name in the quote` };
  const phrase = before;
  if (!phrase) return { why: 'subject: the quote neither names the entry nor points back to it before these words; give --subject (and --refers-to)' };
  const refersTo = antecedent(names, phrase.start);
  if (refersTo === null) return { subject: phrase.text, why: `subject: "${phrase.text}", which points back to nothing that names the entry in this passage or the one before; give --refers-to` };
  return { subject: phrase.text, refersTo, why: `subject: "${phrase.text}", pointing back to "${refersTo}"` };
}

/**
 * Where an entry is named around a passage: in the block (offsets into its text) and in the
 * block the reader shows before it, as `readSubject` and `antecedent` take them.
 */
export function namesAround(source: SourceRecord, block: Block, names: readonly string[]): { here: { start: number; end: number; text: string }[]; before: { text: string }[] } {
  const here = findMentions([block], names).map((m) => ({ start: m.start - block.start, end: m.end - block.start, text: m.text }));
  const previous = blockBefore(source, block);
  return { here, before: previous ? findMentions([previous], names) : [] };
}
