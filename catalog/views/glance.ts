/** What an entry's first screen shows, and the line that stands for an entry elsewhere. */
import type { CatalogEntry } from '../schema/derived';
import { statementRows, type StatementRow } from './statements';

/**
 * The first screen holds at most this many statements, and stops earlier once their words and
 * speakers run past `characters`, so that the box ends within a 375 × 667 phone screen (about
 * 45 characters a line there). The rest follow directly under it, in the same order.
 */
export const GLANCE = { rows: 6, characters: 300 };

const rowLength = (row: StatementRow) => row.speaker.length + row.words.length + row.labels.join(' · ').length;

/** The statements of the first screen, by the label-priority table, and the others. */
export function glanceRows(entry: CatalogEntry): { glance: StatementRow[]; more: StatementRow[] } {
  const { rows } = statementRows(entry);
  let used = 0;
  let count = 0;
  for (const row of rows.slice(0, GLANCE.rows)) {
    used += rowLength(row);
    if (count > 0 && used > GLANCE.characters) break;
    count++;
  }
  return { glance: rows.slice(0, count), more: rows.slice(count) };
}

/** The line that stands for an entry on cards and in search: its first statement by the label-priority table. */
export function firstStatementLine(entry: CatalogEntry): string | undefined {
  return statementRows(entry).rows[0]?.line;
}
