/** Reader-centred shapes: marked-up blocks, who cites each quote, and the mention map. */
import { getCatalog } from '../index';
import { nestSpans, type Span, type SpanNode } from '../text/nest-spans';
import { layerQuotes, type QuoteSpan } from '../text/quote-layers';
import type { Block, CatalogEntry, SourceRecord } from '../schema/derived';
import { findSource, listEntries } from './core';

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
  return source.blocks
    .filter((b) => b.kind !== 'chrome' && !b.duplicateOf)
    .map((block) => {
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

/** One article as a strip of its blocks, with the blocks where each system is mentioned. */
export interface MentionStrip {
  source: SourceRecord;
  blocks: Block[];
  rows: { entry: CatalogEntry; blockIds: Set<string> }[];
}

/**
 * The data of the mention map: per source (or for `sourceId` alone), its readable blocks in
 * order and who is mentioned where.
 */
export function mentionStrips(sourceId?: string): MentionStrip[] {
  const catalog = getCatalog();
  const sources = sourceId === undefined ? catalog.sources : catalog.sources.filter((s) => s.meta.id === sourceId);
  return sources.map((source) => {
    const blocks = source.blocks.filter((b) => b.kind !== 'chrome' && !b.duplicateOf);
    const byEntry = new Map<string, Set<string>>();
    for (const m of catalog.mentions) {
      if (m.source !== source.meta.id) continue;
      if (!byEntry.has(m.entry)) byEntry.set(m.entry, new Set());
      byEntry.get(m.entry)!.add(m.block);
    }
    const rows = catalog.entries.filter((e) => byEntry.has(e.slug)).map((entry) => ({ entry, blockIds: byEntry.get(entry.slug)! }));
    return { source, blocks, rows };
  });
}
