/** How an entry's facts read as single lines, wherever a line is all there is room for. */
import { factLine } from '../labels';
import type { FactLine } from '../search/search-format';
import type { CatalogEntry } from '../schema/derived';
import { factLabel } from './core';

/**
 * One display line per fact of `entry`, in order, with its speaker and how surely it is put
 * ("Propellant: North Korea claimed: solid-fuel"; the wording is `factLine`'s). Search results,
 * the search index's entry cards and anything else that shows a fact on one line use this
 * function, so a fact is worded the same everywhere.
 */
export function entryFactLines(entry: CatalogEntry): FactLine[] {
  return entry.facts.map((f, i) => {
    const quote = entry.factCitations[i]!.map((n) => entry.citations[n - 1]!.quote).find((q) => q.includes(f.value)) ?? '';
    return { label: factLabel(f.label), line: factLine(f, quote) };
  });
}
