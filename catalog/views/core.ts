/** Links, look-ups and the names pages show for sources, attributions and labels. */
import { getCatalog } from '../index';
import { FACT_LABELS, RELATION_LABELS, type Attribution } from '../schema/entry';
import type { CatalogEntry, ResolvedCitation, SourceRecord } from '../schema/derived';

export const entryHref = (slug: string) => `/entries/${slug}`;
export const sourceHref = (id: string) => `/sources/${id}`;
export const passageHref = (source: string, block: string) => `/sources/${source}#${block}`;
export const citationHref = (c: Pick<ResolvedCitation, 'source' | 'anchor'>) => `/sources/${c.source}#${c.anchor}`;

export function listEntries(): CatalogEntry[] {
  return getCatalog().entries;
}

export function findEntry(slug: string): CatalogEntry | undefined {
  return getCatalog().entries.find((e) => e.slug === slug);
}

export function listSources(): SourceRecord[] {
  return getCatalog().sources;
}

/** Route parameters for every source page: one `{ id }` per source. */
export function sourceParams(): { id: string }[] {
  return listSources().map((s) => ({ id: s.meta.id }));
}

export function findSource(id: string): SourceRecord | undefined {
  return getCatalog().sources.find((s) => s.meta.id === id);
}

/** "Article 1", "Article 2"…: the order of sources in the catalog. */
export function sourceOrdinal(id: string): string {
  return `Article ${getCatalog().sources.findIndex((s) => s.meta.id === id) + 1}`;
}

/** The first words of the first paragraph, quoted, for a source with no stated headline. */
function openingWords(source: SourceRecord, words = 9): string {
  const first = source.blocks.find((b) => b.kind === 'paragraph');
  const text = first?.text.split(/\s+/).slice(0, words).join(' ') ?? source.meta.id;
  return `“${text}…”`;
}

/** A title for a source: its headline as printed, or its opening words marked as such. */
export function sourceTitle(source: SourceRecord): string {
  return source.meta.headline.status === 'stated' ? source.meta.headline.value : openingWords(source);
}


/** Who asserts something, in words: a named party, or the article's own reporting. */
export function attributionText(attribution: Attribution, sourceId: string): string {
  if (attribution === 'article') {
    const source = findSource(sourceId);
    const publisher = source?.meta.publisher.status === 'stated' ? source.meta.publisher.value : undefined;
    return publisher ? `${publisher} (${sourceOrdinal(sourceId)}), own reporting` : `${sourceOrdinal(sourceId)}, own reporting`;
  }
  return attribution.via ? `${attribution.party}, as reported by ${attribution.via}` : attribution.party;
}

export const factLabel = (label: keyof typeof FACT_LABELS) => FACT_LABELS[label];
export const relationLabel = (type: keyof typeof RELATION_LABELS) => RELATION_LABELS[type];
