/**
 * The shapes pages need, derived from the verified catalog. Pure functions over `getCatalog()`;
 * pages call these and render, nothing else.
 */
import { getCatalog } from './index';
import { nestSpans, type Span, type SpanNode } from './lib/nest-spans';
import { FACT_LABELS, RELATION_LABELS, type Attribution } from './schema/entry';
import type { Block, CatalogEntry, ResolvedCitation, SourceRecord } from './schema/derived';
import type { SourceMeta } from './schema/source';

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

export function hasHeadline(meta: SourceMeta): boolean {
  return meta.headline.status === 'stated';
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

/** Entries grouped by category phrase (case-insensitive), in catalog order. */
export function groupEntriesByCategory(): { category: string; entries: CatalogEntry[] }[] {
  const groups = new Map<string, { category: string; entries: CatalogEntry[] }>();
  for (const entry of listEntries()) {
    const key = entry.category.toLowerCase();
    if (!groups.has(key)) groups.set(key, { category: entry.category, entries: [] });
    groups.get(key)!.entries.push(entry);
  }
  return [...groups.values()];
}

/** The distinct passages that cite or mention an entry, with the sources they come from. */
export function entryPassages(slug: string): { source: string; block: Block }[] {
  const catalog = getCatalog();
  const entry = findEntry(slug);
  const keys = new Set<string>();
  for (const m of catalog.mentions) if (m.entry === slug) keys.add(`${m.source}#${m.block}`);
  for (const c of entry?.citations ?? []) keys.add(`${c.source}#${c.block}`);
  const out: { source: string; block: Block }[] = [];
  for (const source of catalog.sources) {
    for (const block of source.blocks) {
      const canonical = block.duplicateOf ?? block.id;
      if (block.duplicateOf) continue;
      if (keys.has(`${source.meta.id}#${block.id}`) || keys.has(`${source.meta.id}#${canonical}`)) {
        out.push({ source: source.meta.id, block });
      }
    }
  }
  return out;
}

export function entryStats(slug: string): { passages: number; sources: number } {
  const passages = entryPassages(slug);
  return { passages: passages.length, sources: new Set(passages.map((p) => p.source)).size };
}

/** Relations of an entry in both directions: those it states, and those other entries state about it. */
export interface EntryRelation {
  type: keyof typeof RELATION_LABELS;
  other: CatalogEntry;
  citation: ResolvedCitation;
  /** True when the other entry states the relation about this one. */
  inverse: boolean;
}

export function entryRelations(slug: string): EntryRelation[] {
  const out: EntryRelation[] = [];
  for (const entry of listEntries()) {
    entry.relations.forEach((r) => {
      const citation = entry.citations.find((c) => c.quote === r.citation.quote && c.source === r.citation.source)!;
      if (entry.slug === slug) out.push({ type: r.type, other: findEntry(r.target)!, citation, inverse: false });
      else if (r.target === slug) out.push({ type: r.type, other: entry, citation, inverse: true });
    });
  }
  return out;
}

/** Who cites a span: entry, citation number and what it supports, for links back from the reader. */
export interface CitedBy {
  slug: string;
  name: string;
  n: number;
}

export function citedByAnchor(sourceId: string): Map<string, CitedBy[]> {
  const map = new Map<string, CitedBy[]>();
  for (const entry of listEntries()) {
    entry.citations.forEach((c, i) => {
      if (c.source !== sourceId) return;
      const list = map.get(c.anchor) ?? [];
      list.push({ slug: entry.slug, name: entry.name, n: i + 1 });
      map.set(c.anchor, list);
    });
  }
  return map;
}

/** A block of the reader with its text turned into nested quote and mention spans. */
export interface ReaderBlock {
  block: Block;
  nodes: SpanNode[];
}

/** The blocks a reader sees (no site chrome, each repeated block once), marked up for rendering. */
export function readerBlocks(sourceId: string): ReaderBlock[] {
  const catalog = getCatalog();
  const source = findSource(sourceId);
  if (!source) return [];
  const quotes = catalog.entries.flatMap((e) => e.citations.filter((c) => c.source === sourceId));
  const mentions = catalog.mentions.filter((m) => m.source === sourceId);
  return source.blocks
    .filter((b) => b.kind !== 'chrome' && !b.duplicateOf)
    .map((block) => {
      const spans: Span[] = [];
      const seen = new Set<string>();
      for (const q of quotes) {
        if (q.block !== block.id || seen.has(q.anchor)) continue;
        seen.add(q.anchor);
        spans.push({ kind: 'quote', start: q.start - block.start, end: q.end - block.start, anchor: q.anchor });
      }
      for (const m of mentions) {
        if (m.block !== block.id) continue;
        spans.push({ kind: 'mention', start: m.start - block.start, end: m.end - block.start, entries: [m.entry] });
      }
      return { block, nodes: nestSpans(block.text, spans) };
    });
}

/** A passage that mentions an entry, split into plain and highlighted parts. */
export interface PassageExcerpt {
  source: string;
  block: Block;
  parts: { text: string; hit: boolean }[];
}

/** Every passage that mentions or is cited for an entry, with the entry's mentions highlighted. */
export function entryPassageExcerpts(slug: string): PassageExcerpt[] {
  const mentions = getCatalog().mentions.filter((m) => m.entry === slug);
  return entryPassages(slug).map(({ source, block }) => {
    const spans = mentions
      .filter((m) => m.source === source && m.block === block.id)
      .map((m) => ({ start: m.start - block.start, end: m.end - block.start }))
      .sort((a, b) => a.start - b.start);
    const parts: PassageExcerpt['parts'] = [];
    let pos = 0;
    for (const s of spans) {
      if (s.end <= pos) continue;
      const start = Math.max(s.start, pos);
      if (start > pos) parts.push({ text: block.text.slice(pos, start), hit: false });
      parts.push({ text: block.text.slice(start, s.end), hit: true });
      pos = s.end;
    }
    if (pos < block.text.length) parts.push({ text: block.text.slice(pos), hit: false });
    return { source, block, parts };
  });
}

/** Text a reader can paste to cite one quoted passage: quote, source, passage label and link. */
export function quoteCitationText(c: ResolvedCitation, baseUrl: string): string {
  const source = findSource(c.source);
  const title = source ? sourceTitle(source) : c.source;
  const publisher = source?.meta.publisher.status === 'stated' ? `, ${source.meta.publisher.value}` : '';
  return `“${c.quote}” — ${sourceOrdinal(c.source)}, ${title}${publisher}, ${c.blockLabel}. ${baseUrl}${citationHref(c)}`;
}

/** One article as a strip of its blocks, with the blocks where each system is mentioned. */
export interface MentionStrip {
  source: SourceRecord;
  blocks: Block[];
  rows: { entry: CatalogEntry; blockIds: Set<string> }[];
}

/** The data of the mention map: per source, its readable blocks in order and who is mentioned where. */
export function mentionStrips(): MentionStrip[] {
  const catalog = getCatalog();
  return catalog.sources.map((source) => {
    const blocks = source.blocks.filter((b) => b.kind !== 'chrome' && !b.duplicateOf);
    const rows = catalog.entries
      .map((entry) => ({
        entry,
        blockIds: new Set(
          catalog.mentions.filter((m) => m.entry === entry.slug && m.source === source.meta.id).map((m) => m.block),
        ),
      }))
      .filter((r) => r.blockIds.size > 0);
    return { source, blocks, rows };
  });
}
