import type { Catalog, CatalogEntry, Mention, ResolvedCitation, SourceRecord, ValueCue } from '../schema/derived';
import { listCitations, type CheckedEntry } from './verify-entries';

/** Numbers an entry's citations 1, 2, 3… in reading order, one number per distinct passage span. */
function numberCitations(checked: CheckedEntry, factCues: ValueCue[][]): CatalogEntry {
  const { entry, resolved } = checked;
  const citations: ResolvedCitation[] = [];
  const numberOf = new Map<string, number>();
  for (const { path } of listCitations(entry)) {
    const r = resolved.get(path)!;
    const key = `${r.source}#${r.anchor}`;
    if (!numberOf.has(key)) {
      citations.push(r);
      numberOf.set(key, citations.length);
    }
  }
  const numberAt = (path: string) => {
    const r = resolved.get(path)!;
    return numberOf.get(`${r.source}#${r.anchor}`)!;
  };
  return {
    ...entry,
    citations,
    factCitations: entry.facts.map((f, i) => f.citations.map((_, j) => numberAt(`facts[${i}].citations[${j}]`))),
    relationCitations: entry.relations.map((_, i) => numberAt(`relations[${i}].citation`)),
    differenceCitations: entry.differences.map((d, i) => d.sides.map((_, j) => numberAt(`differences[${i}].sides[${j}].citation`))),
    factCues,
  };
}

/**
 * Builds the catalog the site reads from verified parts: entries with numbered citations, the
 * cue words found in each fact's value, and the mention index (names found in the text plus the indirect references curators cited).
 */
export function deriveCatalog(
  sources: SourceRecord[],
  checked: CheckedEntry[],
  names: Mention[],
  factCues: ReadonlyMap<string, ValueCue[][]>,
): Catalog {
  const references: Mention[] = checked.flatMap(({ entry, resolved }) =>
    entry.mentions.map((_, i) => {
      const r = resolved.get(`mentions[${i}]`)!;
      return { entry: entry.slug, source: r.source, block: r.block, start: r.start, end: r.end, text: r.quote, how: 'reference' as const };
    }),
  );
  const mentions = [...names, ...references].sort(
    (a, b) => a.source.localeCompare(b.source) || a.start - b.start || b.end - a.end || a.entry.localeCompare(b.entry),
  );
  return { sources, entries: checked.map((c) => numberCitations(c, factCues.get(c.file) ?? c.entry.facts.map(() => []))), mentions };
}
