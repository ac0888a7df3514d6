/** Statements as readers see them: who says it, in which words, how surely. */
import { READING_PREFIX, factLabel, howSurelyText, saysItsSpeaker, speakerPhrase, type CueLike, type StatementLike } from '../labels';
import type { CatalogEntry, ResolvedCitation, ValueCue } from '../schema/derived';
import { findCues } from '../text/cue-scope';
import { escapeRegExp } from '../text/reg-exp';
import type { CueKind } from '../text/cue-table';
import { findSource, sourceShortName, voiceOrigin } from './core';

/**
 * A run of a statement's words, marked when it is a cue ("would", "claimed") or a cue declared
 * around them, or when it is the catalog's own: what a referring phrase points back to, in
 * parentheses after it ("they (the model ICBMs present for the exhibition)").
 */
export interface StatementPart {
  text: string;
  cue?: CueKind | 'declared';
  refers?: true;
}

/** What a statement is said of: its subject words, and for a referring phrase the words it points back to. */
export interface SubjectWords {
  subject?: string;
  refersTo?: string;
}

export interface StatementView {
  /** Who says it, in the source's own verb: "North Korea claimed", "The article reports". */
  speaker: string;
  /** True when the words themselves say who says them, so the speaker is not put before them again. */
  speakerInWords: boolean;
  /** The words shown, with the cues inside them and those declared around them marked. */
  parts: StatementPart[];
  /** The words as plain text: `statementWords`. */
  words: string;
  /** How surely, in plain words with the cue words: "hedged with “appeared”", "no hedge". */
  how: string;
  /** The curator's readings where a meaning rule could not judge the statement, shown with it. */
  readings: string[];
}

/** A statement's parts as one line of text. */
export const partsText = (parts: StatementPart[]) => parts.map((p) => p.text).join('');

/**
 * What the subject of a statement needs said: for a referring phrase ("it", "they", "The latest
 * model"), what it points back to; nothing for a subject that names the system.
 */
export function subjectToShow(statement: SubjectWords): SubjectWords | undefined {
  return statement.subject && statement.refersTo ? { subject: statement.subject, refersTo: statement.refersTo } : undefined;
}

/**
 * Parts with what a referring subject points back to said after it, in the catalog's own
 * parentheses, as `withSubject` in catalog/labels.ts words it: after the subject where the words
 * hold it ("would allow it (the Hwasong-18) to launch…"), else before words of more than one
 * word ("Such munitions (…) … would go a long way…"); a one-word property ("solid-fuel") reads
 * without it.
 */
export function withSubject(parts: StatementPart[], shown: SubjectWords | undefined): StatementPart[] {
  if (!shown?.subject || !shown.refersTo) return parts;
  const note: StatementPart = { text: ` (${shown.refersTo})`, refers: true };
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(shown.subject)}(?![\\p{L}\\p{N}])`, 'u');
  const i = parts.findIndex((p) => !p.cue && word.test(p.text));
  if (i === -1) return /\s/u.test(partsText(parts).trim()) ? [{ text: shown.subject }, note, { text: ' … ' }, ...parts] : parts;
  const part = parts[i]!;
  const at = word.exec(part.text)!;
  const end = at.index + at[0].length;
  return [...parts.slice(0, i), { text: part.text.slice(0, end) }, note, { text: part.text.slice(end) }, ...parts.slice(i + 1)];
}

/** A statement's words, a stretch of the passage, with the cues found in it marked and declared cues around it. */
export function statementParts(value: string, cues: ValueCue[], declared: string[], quote: string): StatementPart[] {
  const at = quote.indexOf(value);
  const parts: StatementPart[] = [];
  for (const cue of declared.filter((c) => quote.indexOf(c) < at)) parts.push({ text: cue, cue: 'declared' }, { text: ' … ' });
  let pos = 0;
  const inValue = cues.filter((c): c is ValueCue & { start: number; end: number } => c.start !== undefined && c.end !== undefined);
  for (const cue of [...inValue].sort((a, b) => a.start - b.start)) {
    if (cue.start < pos) continue;
    if (cue.start > pos) parts.push({ text: value.slice(pos, cue.start) });
    parts.push({ text: value.slice(cue.start, cue.end), cue: cue.kind });
    pos = cue.end;
  }
  if (pos < value.length) parts.push({ text: value.slice(pos) });
  for (const cue of declared.filter((c) => quote.indexOf(c) >= at)) parts.push({ text: ' … ' }, { text: cue, cue: 'declared' });
  return parts;
}

/** The cues that qualify a statement, for `howSurelyText`: those in its words and those declared around them, as the verifier classified them. */
export function qualifyingCues(cues: ValueCue[]): CueLike[] {
  return cues.map((c) => ({ text: c.text, kind: c.kind }));
}

/** The curator's readings of a statement, as the page shows them. */
export const readingsOf = (statement: { overrides?: { reason: string }[] }) => (statement.overrides ?? []).map((o) => o.reason);

/**
 * The view of one statement read from `citation`, whose quote holds `value`.
 */
export function statementView(
  statement: StatementLike & SubjectWords & { value: string; overrides?: { reason: string }[] },
  citation: ResolvedCitation,
  cues: ValueCue[],
): StatementView {
  const parts = withSubject(statementParts(statement.value, cues, statement.cues, citation.quote), subjectToShow(statement));
  return {
    speaker: speakerPhrase(statement, voiceOrigin(citation)),
    speakerInWords: saysItsSpeaker(statement.speaker, partsText(parts)),
    parts,
    words: partsText(parts),
    how: howSurelyText(statement, qualifyingCues(cues)),
    readings: readingsOf(statement),
  };
}

/** The cues inside a quote, with offsets into it: for statements whose words are their whole quote. */
export function quoteCues(citation: ResolvedCitation): ValueCue[] {
  const block = findSource(citation.source)?.blocks.find((b) => b.id === citation.block);
  if (!block) return [];
  const at = citation.start - block.start;
  return findCues(block.text)
    .filter((c) => c.start >= at && c.end <= at + citation.quote.length)
    .map((c) => ({ text: c.text, kind: c.kind, start: c.start - at, end: c.end - at }));
}

/**
 * The cues of a statement whose words are `value` (or its whole quote), as the entry shows them:
 * those inside the words, with offsets into them, and those it declares around them, with the
 * kind the quote gives them.
 */
export function valueCues(citation: ResolvedCitation, value: string, declared: string[]): ValueCue[] {
  const inQuote = quoteCues(citation);
  const at = Math.max(0, citation.quote.indexOf(value));
  const inside = inQuote.filter((c) => c.start! >= at && c.end! <= at + value.length).map((c) => ({ ...c, start: c.start! - at, end: c.end! - at }));
  const around = declared.flatMap((text) => {
    const found = inQuote.find((c) => c.text === text);
    return found ? [{ text, kind: found.kind }] : [];
  });
  return [...inside, ...around];
}

/** One fact as a list shows it (the command line): its label, its line, where it is read and how surely. */
export interface FactView extends StatementView {
  label: string;
  /** Numbers of the fact's citations in the entry's `citations`. */
  numbers: number[];
  /** "North Korea claimed: solid-fuel". */
  text: string;
  /** Where the words are read: "Korea JoongAng Daily, Paragraph 3". */
  voice: string;
  /** `how`, with the curator's readings after it, under the name lists have always used for it. */
  certainty: string;
}

/** Every fact of an entry, in the entry's order, worded as everywhere else. */
export function factViews(entry: CatalogEntry): FactView[] {
  return entry.facts.map((fact, i) => {
    const numbers = entry.factCitations[i]!;
    const cited = numbers.map((n) => entry.citations[n - 1]!);
    const citation = cited.find((c) => c.quote.includes(fact.value)) ?? cited[0]!;
    const view = statementView(fact, citation, entry.factCues[i] ?? []);
    return {
      label: factLabel(fact.label),
      numbers,
      ...view,
      text: view.speakerInWords ? view.words : `${view.speaker}: ${view.words}`,
      voice: `${sourceShortName(citation.source)}, ${citation.blockLabel}`,
      certainty: [view.how, ...view.readings.map((r) => `${READING_PREFIX}${r}`)].join('; '),
    };
  });
}
