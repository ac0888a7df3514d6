/** Facts and sides of differences as readers see them: who says it, in which words, how surely. */
import { certaintyText, factLabel, speakerText, statementText, type StatementLike } from '../labels';
import type { CatalogEntry, ResolvedCitation, ValueCue } from '../schema/derived';
import { findCues } from '../text/cue-scope';
import type { CueKind } from '../text/cue-table';
import { findSource, voiceOf } from './core';

/** A run of a statement's words, marked when it is a cue ("would", "claimed") or an elision. */
export interface StatementPart {
  text: string;
  cue?: CueKind | 'declared';
}

export interface StatementView {
  /** Who says it ("North Korea claimed"), or empty for the article's own words. */
  speaker: string;
  /** The words shown, with the cues inside them and those declared around them marked. */
  parts: StatementPart[];
  /** The whole statement as one line of text: "North Korea claimed: solid-fuel". */
  text: string;
  /** "North Korea claimed — as Article 2 reports it", "Korea JoongAng Daily (Article 1), its own reporting". */
  voice: string;
  /** Whose words these are, in a word a reader can scan for. */
  voiceKind: 'attributed' | 'own' | 'caption';
  /** Certainty and polarity in fixed terms, with their cue words. */
  certainty: string;
}

export interface FactView extends StatementView {
  label: string;
  /** Numbers of the fact's citations on the entry page. */
  numbers: number[];
}

function voiceKindOf(statement: StatementLike, citation: ResolvedCitation): StatementView['voiceKind'] {
  if (statement.speaker.length > 0) return 'attributed';
  return citation.blockKind === 'caption' ? 'caption' : 'own';
}

/** Splits a value at the cue words found in it, and puts declared cues before or after it. */
function statementParts(statement: StatementLike & { value: string }, quote: string, cues: ValueCue[]): StatementPart[] {
  const at = quote.indexOf(statement.value);
  const parts: StatementPart[] = [];
  for (const cue of statement.cues.filter((c) => quote.indexOf(c) < at)) parts.push({ text: cue, cue: 'declared' }, { text: ' … ' });
  let pos = 0;
  const inValue = cues.filter((c): c is ValueCue & { start: number; end: number } => c.start !== undefined && c.end !== undefined);
  for (const cue of inValue.sort((a, b) => a.start - b.start)) {
    if (cue.start < pos) continue;
    if (cue.start > pos) parts.push({ text: statement.value.slice(pos, cue.start) });
    parts.push({ text: statement.value.slice(cue.start, cue.end), cue: cue.kind });
    pos = cue.end;
  }
  if (pos < statement.value.length) parts.push({ text: statement.value.slice(pos) });
  for (const cue of statement.cues.filter((c) => quote.indexOf(c) >= at)) parts.push({ text: ' … ' }, { text: cue, cue: 'declared' });
  return parts;
}

/** The view of one statement read from `citation`, whose quote holds `value`. */
export function statementView(statement: StatementLike & { value: string }, citation: ResolvedCitation, cues: ValueCue[] = []): StatementView {
  // The words that set the certainty or the polarity; a likeness is shown in the words themselves,
  // a counter-claim beside them.
  const cueWords = cues.filter((c) => c.kind === 'negation' || c.kind === 'hedge' || c.kind === 'modal').map((c) => c.text);
  return {
    speaker: speakerText(statement.speaker),
    parts: statementParts(statement, citation.quote, cues),
    text: statementText(statement, citation.quote),
    voice: voiceOf(statement, citation),
    voiceKind: voiceKindOf(statement, citation),
    certainty: certaintyText(statement, cueWords),
  };
}

/** Every fact of an entry as the fact table, search and lookup show it. */
export function factViews(entry: CatalogEntry): FactView[] {
  return entry.facts.map((fact, i) => {
    const numbers = entry.factCitations[i]!;
    const cited = numbers.map((n) => entry.citations[n - 1]!);
    const citation = cited.find((c) => c.quote.includes(fact.value)) ?? cited[0]!;
    return { label: factLabel(fact.label), numbers, ...statementView(fact, citation, entry.factCues[i]) };
  });
}

/** The cues inside a quote, with offsets into it, and who reports in it when the quote names them ("Japan’s Kyodo News claimed"). */
function quoteCues(citation: ResolvedCitation): { cues: ValueCue[]; reporters: string[] } {
  const block = findSource(citation.source)?.blocks.find((b) => b.id === citation.block);
  if (!block) return { cues: [], reporters: [] };
  const at = citation.start - block.start;
  const inside = findCues(block.text).filter((c) => c.start >= at && c.end <= at + citation.quote.length);
  return {
    cues: inside.map((c) => ({ text: c.text, kind: c.kind, start: c.start - at, end: c.end - at })),
    reporters: inside.flatMap((c) => (c.kind === 'report' && c.speaker && c.speaker.start >= at ? [`${c.speaker.text} ${c.text}`] : [])),
  };
}

/** Each side of each difference, with its citation number, its cue words marked, and whose account it is. */
export function differenceViews(entry: CatalogEntry): { topic: string; sides: (StatementView & { n: number; citation: ResolvedCitation; account: string })[] }[] {
  return entry.differences.map((d, k) => ({
    topic: d.topic,
    sides: d.sides.map((side, j) => {
      const n = entry.differenceCitations[k]![j]!;
      const citation = entry.citations[n - 1]!;
      const { cues, reporters } = quoteCues(citation);
      const view = statementView({ ...side, value: citation.quote }, citation, cues);
      // Whose account: the speaker chain, else who reports in the quote itself, else the article.
      const account = view.speaker || reporters.join('; ') || view.voice;
      return { n, citation, account, ...view };
    }),
  }));
}
