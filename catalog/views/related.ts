/**
 * Relations as statements: those an entry states that no row of its facts carries, and those
 * other entries state about it, each with who says it and how surely, in the words of its quote.
 */
import { INVERSE_RELATION_LABELS, RELATION_LABELS, entryHref, howSurelyText, saysItsSpeaker, speakerPhrase, statementLine } from '../labels';
import type { CatalogEntry, ResolvedCitation } from '../schema/derived';
import { findEntry, listEntries, voiceOrigin } from './core';
import { partsText, qualifyingCues, readingsOf, statementParts, subjectToShow, valueCues, withSubject, type StatementView } from './facts';
import { entryReferences, type Reference } from './references';
import { statementRows } from './statements';

export interface RelatedRow extends StatementView {
  id: string;
  /** "Compared with", or for a relation another entry states, "Compared with it". */
  label: string;
  /** The other entry: the target, or the entry that states the relation. */
  other: { name: string; href: string };
  /** True when the other entry states it about this one. */
  inverse: boolean;
  refs: Reference[];
  line: string;
}

function relatedRow(page: CatalogEntry, owner: CatalogEntry, i: number, inverse: boolean): RelatedRow {
  const relation = owner.relations[i]!;
  const citation: ResolvedCitation = owner.citations[owner.relationCitations[i]! - 1]!;
  const other = inverse ? owner : findEntry(relation.target);
  const value = relation.value ?? citation.quote;
  const cues = valueCues(citation, value, relation.cues);
  const label = inverse ? INVERSE_RELATION_LABELS[relation.type] : RELATION_LABELS[relation.type];
  const speaker = speakerPhrase(relation, voiceOrigin(citation));
  // The subject is said where it is not the entry that states the relation.
  const parts = withSubject(statementParts(value, cues, relation.cues, citation.quote), subjectToShow(relation));
  const words = partsText(parts);
  const how = howSurelyText(relation, qualifyingCues(cues));
  const reference = entryReferences(page).of(citation);
  const name = other?.name ?? relation.target;
  const speakerInWords = saysItsSpeaker(relation.speaker, words);
  return {
    id: `${inverse ? 'related-from' : 'related'}-${owner.slug}-${i}`,
    label,
    other: { name, href: entryHref(other?.slug ?? relation.target) },
    inverse,
    speaker,
    speakerInWords,
    parts,
    words,
    how,
    readings: readingsOf(relation),
    refs: reference ? [reference] : [],
    line: statementLine({ label: `${label} ${name}`, speaker: speakerInWords ? '' : speaker, words, how, readings: readingsOf(relation) }),
  };
}

/** The relations an entry's related section shows: its own that no fact row carries, then those other entries state about it. */
export function relatedRows(entry: CatalogEntry): RelatedRow[] {
  const { carried } = statementRows(entry);
  const own = entry.relations.flatMap((_, i) => (carried.has(i) ? [] : [relatedRow(entry, entry, i, false)]));
  const incoming = listEntries().flatMap((other) => other.relations.flatMap((r, i) => (r.target === entry.slug && other.slug !== entry.slug ? [relatedRow(entry, other, i, true)] : [])));
  return [...own, ...incoming];
}
