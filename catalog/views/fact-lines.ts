/** How an entry's facts read as single lines, wherever a line is all there is room for. */
import type { FactLine } from '../search/search-format';
import type { CatalogEntry } from '../schema/derived';
import { factLabel } from './core';

/**
 * One display line per fact of `entry`, in order: "Propellant: solid-fuel". Search results,
 * the search index's entry cards and anything else that shows a fact on one line use this
 * function, so a fact is worded the same everywhere.
 */
export function entryFactLines(entry: CatalogEntry): FactLine[] {
  return entry.facts.map((f) => ({ label: factLabel(f.label), line: `${factLabel(f.label)}: ${f.value}` }));
}
