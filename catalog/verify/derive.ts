import type { Catalog, CatalogEntry, Mention, ResolvedCitation, SourceRecord, SpecStatus, ValueCue } from '../schema/derived';
import { FACT_LABELS } from '../labels';
import { foldName } from './verify-names';
import { listCitations, type CheckedEntry } from './verify-entries';

/** A difference's heading, from its label: the catalog's words hold nothing a passage does not. */
export const differenceHeading = (label: keyof typeof FACT_LABELS) => `${FACT_LABELS[label]}: the passages differ`;

/** Whether each alias is a plural of the name or of another alias ("Hwasong-18s", "ICBMs"), or another spelling. */
function aliasForms(name: string, aliases: readonly string[]): ('plural' | 'spelling')[] {
  const keys = [name, ...aliases].map(foldName);
  return aliases.map((a) => {
    const key = foldName(a);
    return keys.some((k) => k !== key && (key === `${k}s` || key === `${k}es`)) ? 'plural' : 'spelling';
  });
}

/** Numbers an entry's citations 1, 2, 3… in reading order, one number per distinct passage span. */
function numberCitations(checked: CheckedEntry, factCues: ValueCue[][], specs: DeriveSpecs): CatalogEntry {
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
  const derived = {
    ...entry,
    differences: entry.differences.map((d) => ({ ...d, topic: differenceHeading(d.label) })),
    aliasForms: aliasForms(entry.name, entry.aliases),
    specs: [] as SpecStatus[],
    citations,
    factCitations: entry.facts.map((f, i) => f.citations.map((_, j) => numberAt(`facts[${i}].citations[${j}]`))),
    relationCitations: entry.relations.map((_, i) => numberAt(`relations[${i}].citation`)),
    differenceCitations: entry.differences.map((d, i) => d.sides.map((_, j) => numberAt(`differences[${i}].sides[${j}].citation`))),
    factCues,
  };
  // What the passages say of each specification is read when a page, an export or a lookup first
  // asks for it: verifying needs only the checks, and reading every sentence for every
  // specification of every entry is the costliest derivation.
  let read: SpecStatus[] | undefined;
  Object.defineProperty(derived, 'specs', {
    enumerable: true,
    configurable: true,
    get: () => (read ??= specs(checked, (source, anchor) => numberOf.get(`${source}#${anchor}`))),
  });
  return derived;
}

/**
 * Builds the catalog the site reads from verified parts: entries with numbered citations, the
 * cue words found in each fact's value, and the mention index (names found in the text plus the indirect references curators cited).
 */
export type DeriveSpecs = (checked: CheckedEntry, numberOf: (source: string, anchor: string) => number | undefined) => SpecStatus[];

export function deriveCatalog(
  sources: SourceRecord[],
  checked: CheckedEntry[],
  names: Mention[],
  factCues: ReadonlyMap<string, ValueCue[][]>,
  specs: DeriveSpecs,
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
  return { sources, entries: checked.map((c) => numberCitations(c, factCues.get(c.file) ?? c.entry.facts.map(() => []), specs)), mentions };
}
