/** How an entry's statements read as single lines, wherever a line is all there is room for. */
import type { FactLine } from '../search/search-format';
import type { CatalogEntry } from '../schema/derived';
import { relatedRows } from './related';
import { statementRows } from './statements';

/**
 * One display line per row of the entry's statements, most telling first (the label-priority
 * table), with its speaker and how surely it is put ("Propellant: North Korea claimed:
 * solid-fuel"; the wording is `statementLine`'s), then one per relation it states that no row
 * carries ("Identified as Hwasong-18: …"). Search results, the search index's entry cards and
 * anything else that shows a statement on one line use this function, so a statement is worded
 * the same everywhere.
 */
export function entryFactLines(entry: CatalogEntry): FactLine[] {
  const rows = statementRows(entry).rows.map((row) => ({ labels: row.labels, line: row.line }));
  const relations = relatedRows(entry).flatMap((r) => (r.inverse ? [] : [{ labels: [r.label], line: r.line }]));
  return [...rows, ...relations];
}

/** For each fact of the entry, the index of the line of `entryFactLines` that shows it. */
export function entryFactRows(entry: CatalogEntry): number[] {
  const { rows } = statementRows(entry);
  return entry.facts.map((_, i) => rows.findIndex((row) => row.facts.includes(i)));
}
