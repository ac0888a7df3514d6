/** Reader-centred shapes: marked-up blocks, who cites each quote, and the mention map. */
import { getCatalog } from '../index';
import { nestSpans, type Span, type SpanNode } from '../text/nest-spans';
import { layerQuotes, type QuoteSpan } from '../text/quote-layers';
import { visibleBlocks } from '../text/reader-blocks';
import type { Block, CatalogEntry, SourceRecord } from '../schema/derived';
import { findSource, listEntries } from './core';
import { entryPassages, type PassageLink } from './passages';
import { entryReferences } from './references';

/** Who cites a span: the entry, and the footnote on its page that holds the quote, for links back from the reader. */
export interface CitedBy {
  slug: string;
  name: string;
  /** The footnote's number on the entry's page. */
  n: number;
  /** The footnote's address on the entry's page. */
  ref: string;
}

/** For each quote anchor of a source, the entries that cite it and their footnotes, once each. */
export function citedByAnchor(sourceId: string): Map<string, CitedBy[]> {
  const map = new Map<string, CitedBy[]>();
  for (const entry of listEntries()) {
    const references = entryReferences(entry);
    for (const c of entry.citations) {
      if (c.source !== sourceId) continue;
      const reference = references.of(c)!;
      const list = map.get(c.anchor) ?? [];
      if (!list.some((l) => l.slug === entry.slug)) list.push({ slug: entry.slug, name: entry.name, n: reference.n, ref: reference.id });
      map.set(c.anchor, list);
    }
  }
  return map;
}

/** A block of the reader with its text turned into nested quote and mention spans. */
export interface ReaderBlock {
  block: Block;
  nodes: SpanNode[];
  /** Quotes that cross a quote of `nodes`, each marked whole in its own copy of the passage. */
  alternates: { anchor: string; nodes: SpanNode[] }[];
}

/** The blocks a reader sees (no site chrome, each repeated block once), marked up for rendering. */
export function readerBlocks(sourceId: string): ReaderBlock[] {
  const catalog = getCatalog();
  const source = findSource(sourceId);
  if (!source) return [];
  const quotes = catalog.entries.flatMap((e) => e.citations.filter((c) => c.source === sourceId));
  const mentions = catalog.mentions.filter((m) => m.source === sourceId);
  return visibleBlocks(source.blocks).map((block) => {
    const own = new Map<string, QuoteSpan>();
    for (const q of quotes) {
      if (q.block === block.id) own.set(q.anchor, { start: q.start - block.start, end: q.end - block.start, anchor: q.anchor });
    }
    const mentionSpans: Span[] = mentions
      .filter((m) => m.block === block.id)
      .map((m) => ({ kind: 'mention', start: m.start - block.start, end: m.end - block.start, entries: [m.entry] }));
    const { main, alternates } = layerQuotes([...own.values()]);
    const asSpan = (q: QuoteSpan): Span => ({ kind: 'quote', ...q });
    return {
      block,
      nodes: nestSpans(block.text, [...main.map(asSpan), ...mentionSpans]),
      alternates: alternates.map((q) => ({ anchor: q.anchor, nodes: nestSpans(block.text, [asSpan(q), ...mentionSpans]) })),
    };
  });
}

/** One article as a strip of its blocks, with the blocks each system is found in. */
export interface MentionStrip {
  source: SourceRecord;
  blocks: Block[];
  /** One row per entry found in the article, in catalog order: how it is found, by block id. */
  rows: { entry: CatalogEntry; marks: Map<string, PassageLink> }[];
}

/**
 * The data of the mention map: per source (or for `sourceId` alone), its readable blocks in
 * order and where each system is found. A row's marks are exactly the entry's passages in that
 * source, so the map, the entry's passage list and its "N passages" always agree.
 */
export function mentionStrips(sourceId?: string): MentionStrip[] {
  const catalog = getCatalog();
  const sources = sourceId === undefined ? catalog.sources : catalog.sources.filter((s) => s.meta.id === sourceId);
  return sources.map((source) => {
    const rows = catalog.entries
      .map((entry) => ({
        entry,
        marks: new Map(entryPassages(entry.slug).filter((p) => p.source === source.meta.id).map((p) => [p.block.id, p.link])),
      }))
      .filter((r) => r.marks.size > 0);
    return { source, blocks: visibleBlocks(source.blocks), rows };
  });
}

/** A passage's label in a few characters, for a column heading: "H", "12", "C1", "B". */
export function blockShortLabel(block: Block): string {
  const n = /\d+$/.exec(block.label)?.[0] ?? '';
  if (block.kind === 'headline') return 'H';
  if (block.kind === 'byline') return 'B';
  if (block.kind === 'caption') return `C${n}`;
  return n || block.label.slice(0, 1);
}

/** A passage of a mention map with the systems found in it, for the list a phone shows first. */
export interface PassageMentions {
  block: Block;
  entries: { entry: CatalogEntry; link: PassageLink }[];
}

/** The passages of one article's map that mention or are cited for any system, in reading order. */
export function passagesWithMentions(strip: MentionStrip): PassageMentions[] {
  return strip.blocks.flatMap((block) => {
    const entries = strip.rows.flatMap(({ entry, marks }) => {
      const link = marks.get(block.id);
      return link ? [{ entry, link }] : [];
    });
    return entries.length > 0 ? [{ block, entries }] : [];
  });
}
