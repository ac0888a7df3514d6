/** Entry-centred shapes: categories, passages, relations and citation texts. */
import { getCatalog } from '../index';
import { RELATION_LABELS } from '../schema/entry';
import type { Block, CatalogEntry, ResolvedCitation } from '../schema/derived';
import { findEntry, listEntries } from './core';
import { entryPassages, type PassageLink } from './passages';

/** Entries grouped by category phrase (case-insensitive), the largest group first. */
export function groupEntriesByCategory(): { category: string; entries: CatalogEntry[] }[] {
  const groups = new Map<string, { category: string; entries: CatalogEntry[] }>();
  for (const entry of listEntries()) {
    const key = entry.category.toLowerCase();
    if (!groups.has(key)) groups.set(key, { category: entry.category, entries: [] });
    groups.get(key)!.entries.push(entry);
  }
  // Larger groups first; ties keep catalog order.
  return [...groups.values()].sort((a, b) => b.entries.length - a.entries.length);
}

/** How many passages an entry is found in, and in how many sources: the figures pages show. */
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
    entry.relations.forEach((r, i) => {
      const citation = entry.citations[entry.relationCitations[i]! - 1]!;
      if (entry.slug === slug) out.push({ type: r.type, other: findEntry(r.target)!, citation, inverse: false });
      else if (r.target === slug) out.push({ type: r.type, other: entry, citation, inverse: true });
    });
  }
  return out;
}


/** A passage that mentions an entry, split into plain and highlighted parts. */
export interface PassageExcerpt {
  source: string;
  block: Block;
  link: PassageLink;
  parts: { text: string; hit: boolean }[];
}

/** Every passage that mentions or is cited for an entry, with the entry's mentions highlighted. */
export function entryPassageExcerpts(slug: string): PassageExcerpt[] {
  const mentions = getCatalog().mentions.filter((m) => m.entry === slug);
  return entryPassages(slug).map(({ source, block, link }) => {
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
    return { source, block, link, parts };
  });
}
