/** What an entry's first screen shows, and the line that stands for an entry elsewhere. */
import type { CatalogEntry } from '../schema/derived';
import { statementRows, type StatementRow } from './statements';

/**
 * The first screen holds at most this many statements, and stops earlier once their words and
 * speakers run past `characters`, less what the entry's heading takes beyond a line each, so
 * that the box ends within a 375 × 667 phone screen (about 45 characters a line there). The
 * rest follow directly under it, in the same order.
 */
export const GLANCE = { rows: 6, characters: 300, lineCharacters: 45, nameLineCharacters: 21 };

const rowLength = (row: StatementRow) => row.speaker.length + row.words.length + row.labels.join(' · ').length;

/** What an entry's heading says under its name: what the sources call it, its other spellings and its plurals. */
export function entryNames(entry: CatalogEntry): { category: string; spelled: string[]; plurals: string[] } {
  return {
    category: entry.category,
    spelled: entry.aliases.filter((_, i) => entry.aliasForms[i] !== 'plural'),
    plurals: entry.aliases.filter((_, i) => entry.aliasForms[i] === 'plural'),
  };
}

/** The characters of statements an entry's heading leaves room for on the first screen. */
function roomUnderHeading(entry: CatalogEntry): number {
  const { category, spelled, plurals } = entryNames(entry);
  const under = `What the sources call it: ${category} · Also written: ${spelled.join(', ')} · Plural: ${plurals.join(', ')}`.length;
  const nameLines = Math.ceil(entry.name.length / GLANCE.nameLineCharacters);
  return GLANCE.characters - Math.max(0, under - GLANCE.lineCharacters) - (nameLines - 1) * GLANCE.lineCharacters;
}

/** The statements of the first screen, by the label-priority table, and the others. */
export function glanceRows(entry: CatalogEntry): { glance: StatementRow[]; more: StatementRow[] } {
  const { rows } = statementRows(entry);
  const room = roomUnderHeading(entry);
  let used = 0;
  let count = 0;
  for (const row of rows.slice(0, GLANCE.rows)) {
    used += rowLength(row);
    if (count > 0 && used > room) break;
    count++;
  }
  return { glance: rows.slice(0, count), more: rows.slice(count) };
}

/** The line that stands for an entry on cards and in search: its first statement by the label-priority table. */
export function firstStatementLine(entry: CatalogEntry): string | undefined {
  return statementRows(entry).rows[0]?.line;
}
