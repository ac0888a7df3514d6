/** Links, look-ups and the names pages show for sources, attributions and labels. */
import { getCatalog } from '../index';
import type { VoiceOrigin } from '../labels';
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
function openingWords(source: SourceRecord, words: number): string {
  const first = source.blocks.find((b) => b.kind === 'paragraph');
  const all = first?.text.split(/\s+/) ?? [source.meta.id];
  return `“${all.slice(0, words).join(' ')}${all.length > words ? '…' : ''}”`;
}

/** A title for a source: its headline as printed, or its opening words marked as such. */
export function sourceTitle(source: SourceRecord): string {
  return source.meta.headline.status === 'stated' ? source.meta.headline.value : openingWords(source, 9);
}

/** The publisher a source's text states, if it states one. */
export function sourcePublisher(sourceId: string): string | undefined {
  const publisher = findSource(sourceId)?.meta.publisher;
  return publisher?.status === 'stated' ? publisher.value : undefined;
}

/**
 * The name citations give a source, from its own text only, so that it stays the same as
 * sources are added and invents nothing: its publisher where the text states one ("Korea
 * JoongAng Daily"), else its headline's first words, else its opening words
 * ("“North Korean dictator Kim Jong-un…”").
 */
export function sourceShortName(sourceId: string): string {
  const source = findSource(sourceId);
  if (!source) return sourceId;
  const publisher = sourcePublisher(sourceId);
  if (publisher) return publisher;
  if (source.meta.headline.status === 'stated') {
    const words = source.meta.headline.value.split(/\s+/);
    return `“${words.slice(0, 6).join(' ')}${words.length > 6 ? '…' : ''}”`;
  }
  return openingWords(source, 5);
}

/** A source as a list of references heads it: "Korea JoongAng Daily, “Kim shows off North’s arsenal…”", or its title alone. */
export function sourceHeading(sourceId: string): string {
  const source = findSource(sourceId);
  if (!source) return sourceId;
  const publisher = sourcePublisher(sourceId);
  const title = source.meta.headline.status === 'stated' ? `“${source.meta.headline.value}”` : sourceTitle(source);
  return publisher ? `${publisher}, ${title}` : title;
}

/** Where a statement's words come from, for `speakerPhrase`: the publisher, and whether it is a photo caption. */
export function voiceOrigin(citation: Pick<ResolvedCitation, 'source' | 'blockKind'>): VoiceOrigin {
  const publisher = sourcePublisher(citation.source);
  return { ...(publisher && { publisher }), ...(citation.blockKind === 'caption' && { caption: true }) };
}
