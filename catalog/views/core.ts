/** Links, look-ups and the names pages show for sources, attributions and labels. */
import { getCatalog } from '../index';
import { voiceText, type StatementLike } from '../labels';
import type { CatalogEntry, ResolvedCitation, SourceRecord } from '../schema/derived';

export { citationHref, entryHref, factLabel, passageHref, relationLabel, sourceHref } from '../labels';

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


/** "Korea JoongAng Daily (Article 1)" when the text states its publisher, else "Article 1". */
export function sourceName(sourceId: string): string {
  const source = findSource(sourceId);
  const publisher = source?.meta.publisher.status === 'stated' ? source.meta.publisher.value : undefined;
  return publisher ? `${publisher} (${sourceOrdinal(sourceId)})` : sourceOrdinal(sourceId);
}

/** Who says a statement, in words, given the citation its words are read from. */
export function voiceOf(statement: Pick<StatementLike, 'speaker'>, citation: Pick<ResolvedCitation, 'source' | 'blockKind' | 'credit'>): string {
  const caption = citation.blockKind === 'caption' ? { ...(citation.credit && { credit: citation.credit }) } : undefined;
  return voiceText(statement, { sourceName: sourceName(citation.source), ...(caption && { caption }) });
}
