/** Where the sources differ: each side as a statement, with whose account it is. */
import { FACT_LABELS, howSurelyText, saysItsSpeaker, speakerPhrase } from '../labels';
import type { CatalogEntry, ResolvedCitation } from '../schema/derived';
import { findCues } from '../text/cue-scope';
import { findSource, voiceOrigin } from './core';
import { partsText, qualifyingCues, readingsOf, statementParts, subjectToShow, valueCues, withSubject, type StatementView } from './facts';
import { entryReferences, type Reference } from './references';

export interface DifferenceSide extends StatementView {
  /** Whose account it is: its speaker, else who reports in its quote ("Japan’s Kyodo News claimed"), else the article. */
  account: string;
  refs: Reference[];
}

export interface DifferenceView {
  id: string;
  /** The heading, made from its label: "Identification: the passages differ". */
  topic: string;
  /** What the sides speak of: "Identification". */
  label: string;
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
    label: FACT_LABELS[d.label],
    sides: d.sides.map((side, j) => {
      const citation = entry.citations[entry.differenceCitations[k]![j]! - 1]!;
      const value = side.value ?? citation.quote;
      const cues = valueCues(citation, value, side.cues);
      const speaker = speakerPhrase(side, voiceOrigin(citation));
      const reference = references.of(citation);
      const parts = withSubject(statementParts(value, cues, side.cues, citation.quote), subjectToShow(side));
      return {
        account: side.speaker.length > 0 ? speaker : reportersIn(citation).join('; ') || speaker,
        speaker,
        speakerInWords: saysItsSpeaker(side.speaker, partsText(parts)),
        parts,
        words: partsText(parts),
        how: howSurelyText(side, qualifyingCues(cues)),
        readings: readingsOf(side),
        refs: reference ? [reference] : [],
      };
    }),
  }));
}
