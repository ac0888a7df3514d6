import type { Factuality, FactLabel, RelationType } from '../schema/entry';
import type { Catalog, CatalogEntry, Mention, ResolvedCitation } from '../schema/derived';
import { visibleBlocks } from '../text/reader-blocks';

/** Where a use of a citation sits in its source. */
export type Span = Pick<ResolvedCitation, 'source' | 'start' | 'end' | 'quote'> & Partial<Pick<ResolvedCitation, 'blockKind' | 'credit'>>;

/** One thing an entry says with one cited passage, or one passage that names or refers to it. */
export type CitationUse = { entry: CatalogEntry; span: Span } & (
  | { kind: 'fact'; label: FactLabel; value: string; factuality: Factuality }
  | { kind: 'relation'; type: RelationType; target: CatalogEntry; factuality: Factuality }
  | { kind: 'difference'; topic: string; value: string; factuality: Factuality }
  | { kind: 'mention'; how: Mention['how'] }
);

/**
 * Every use of every citation in the catalog, in catalog order: each fact's citations, each
 * relation and each side of a difference, then every mention of the entry (names found in the
 * text and the indirect references curators cited), all with offsets into the raw source text.
 * Mentions inside a block printed twice count once, in the first copy: the one readers see.
 */
export function listCitationUses(catalog: Catalog): CitationUse[] {
  const bySlug = new Map(catalog.entries.map((e) => [e.slug, e]));
  const visible = new Set(catalog.sources.flatMap((s) => visibleBlocks(s.blocks).map((b) => `${s.meta.id}#${b.id}`)));
  return catalog.entries.flatMap((entry): CitationUse[] => [
    ...entry.facts.flatMap((fact, i) =>
      (entry.factCitations[i] ?? []).map((n) => ({
        entry,
        span: entry.citations[n - 1]!,
        kind: 'fact' as const,
        label: fact.label,
        value: fact.value,
        factuality: fact,
      })),
    ),
    ...entry.relations.map((r, i) => ({
      entry,
      span: entry.citations[entry.relationCitations[i]! - 1]!,
      kind: 'relation' as const,
      type: r.type,
      target: bySlug.get(r.target)!,
      factuality: r,
    })),
    ...entry.differences.flatMap((d, i) =>
      d.sides.map((side, j) => ({
        entry,
        span: entry.citations[entry.differenceCitations[i]![j]! - 1]!,
        kind: 'difference' as const,
        topic: d.topic,
        value: side.value ?? side.citation.quote,
        factuality: side,
      })),
    ),
    ...catalog.mentions
      .filter((m) => m.entry === entry.slug && visible.has(`${m.source}#${m.block}`))
      .map((m) => ({ entry, span: { source: m.source, start: m.start, end: m.end, quote: m.text }, kind: 'mention' as const, how: m.how })),
  ]);
}
