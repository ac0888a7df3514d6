/** Where the sources differ: each side as a statement, with whose account it is. */
import { howSurelyText, speakerPhrase } from '../labels';
import type { CatalogEntry, ResolvedCitation } from '../schema/derived';
import { findCues } from '../text/cue-scope';
import { findSource, voiceOrigin } from './core';
import { qualifyingCues, quoteCues, statementParts, type StatementView } from './facts';
import { entryReferences, type Reference } from './references';

export interface DifferenceSide extends StatementView {
  /** Whose account it is: its speaker, else who reports in its quote ("Japan’s Kyodo News claimed"), else the article. */
  account: string;
  refs: Reference[];
}

export interface DifferenceView {
  id: string;
  topic: string;
  sides: DifferenceSide[];
}

/** Who reports in a quote that names them ("Japan’s Kyodo News claimed"), for a side whose speaker is not declared. */
function reportersIn(citation: ResolvedCitation): string[] {
  const block = findSource(citation.source)?.blocks.find((b) => b.id === citation.block);
  if (!block) return [];
  const at = citation.start - block.start;
  return findCues(block.text).flatMap((c) =>
    c.kind === 'report' && c.start >= at && c.end <= at + citation.quote.length && c.speaker && c.speaker.start >= at ? [`${c.speaker.text} ${c.text}`] : [],
  );
}

/** Each difference of an entry, its sides in the entry's order. */
export function differenceViews(entry: CatalogEntry): DifferenceView[] {
  const references = entryReferences(entry);
  return entry.differences.map((d, k) => ({
    id: `difference-${k + 1}`,
    topic: d.topic,
    sides: d.sides.map((side, j) => {
      const citation = entry.citations[entry.differenceCitations[k]![j]! - 1]!;
      const cues = quoteCues(citation);
      const speaker = speakerPhrase(side, voiceOrigin(citation));
      const reference = references.of(citation);
      return {
        account: side.speaker.length > 0 ? speaker : reportersIn(citation).join('; ') || speaker,
        speaker,
        parts: statementParts(citation.quote, cues, [], citation.quote),
        words: citation.quote,
        how: howSurelyText(side, qualifyingCues(cues)),
        refs: reference ? [reference] : [],
      };
    }),
  }));
}
