/** Statements as readers see them: who says it, in which words, how surely. */
import { factLabel, howSurelyText, speakerPhrase, statementWords, type CueLike, type StatementLike } from '../labels';
import type { CatalogEntry, ResolvedCitation, ValueCue } from '../schema/derived';
import { findCues } from '../text/cue-scope';
import type { CueKind } from '../text/cue-table';
import { findSource, sourceShortName, voiceOrigin } from './core';

/** A run of a statement's words, marked when it is a cue ("would", "claimed") or a cue declared around them. */
export interface StatementPart {
  text: string;
  cue?: CueKind | 'declared';
}

export interface StatementView {
  /** Who says it, in the source's own verb: "North Korea claimed", "The article reports". */
  speaker: string;
  /** The words shown, with the cues inside them and those declared around them marked. */
  parts: StatementPart[];
  /** The words as plain text: `statementWords`. */
  words: string;
  /** How surely, in plain words with the cue words: "hedged with “appeared”", "no hedge". */
  how: string;
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

/** The view of one statement read from `citation`, whose quote holds `value`. */
export function statementView(statement: StatementLike & { value: string }, citation: ResolvedCitation, cues: ValueCue[] = []): StatementView {
  return {
    speaker: speakerPhrase(statement, voiceOrigin(citation)),
    parts: statementParts(statement.value, cues, statement.cues, citation.quote),
    words: statementWords(statement, citation.quote),
    how: howSurelyText(statement, qualifyingCues(cues)),
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

/** One fact as a list shows it (the command line): its label, its line, where it is read and how surely. */
export interface FactView extends StatementView {
  label: string;
  /** Numbers of the fact's citations in the entry's `citations`. */
  numbers: number[];
  /** "North Korea claimed: solid-fuel". */
  text: string;
  /** Where the words are read: "Korea JoongAng Daily, Paragraph 3". */
  voice: string;
  /** `how`, under the name lists have always used for it. */
  certainty: string;
}

/** Every fact of an entry, in the entry's order, worded as everywhere else. */
export function factViews(entry: CatalogEntry): FactView[] {
  return entry.facts.map((fact, i) => {
    const numbers = entry.factCitations[i]!;
    const cited = numbers.map((n) => entry.citations[n - 1]!);
    const citation = cited.find((c) => c.quote.includes(fact.value)) ?? cited[0]!;
    const view = statementView(fact, citation, entry.factCues[i]);
    return {
      label: factLabel(fact.label),
      numbers,
      ...view,
      text: `${view.speaker}: ${view.words}`,
      voice: `${sourceShortName(citation.source)}, ${citation.blockLabel}`,
      certainty: view.how,
    };
  });
}
