/** Which passages each entry is found in: the one count behind "N passages", the map and the lists. */
import { getCatalog } from '../index';
import type { Block, Catalog } from '../schema/derived';
import { visibleBlocks } from '../text/reader-blocks';

/**
 * How an entry is found in a passage: `mentioned` when the passage names it (or a curator marked
 * the words that refer to it), `cited` when an entry's citation quotes the passage but no mention
 * of the system was found in it.
 */
export type PassageLink = 'mentioned' | 'cited';

/** A passage of a source that an entry is found in. */
export interface EntryPassage {
  source: string;
  block: Block;
  link: PassageLink;
}

const indexes = new WeakMap<Catalog, Map<string, EntryPassage[]>>();

/**
 * Every entry's passages, sources in catalog order and blocks in reading order, derived once per
 * catalog. A mention or citation in a repeated block counts for the block it repeats; one in
 * site chrome counts for nothing, since no reader page shows it.
 */
function passageIndex(): Map<string, EntryPassage[]> {
  const catalog = getCatalog();
  const known = indexes.get(catalog);
  if (known) return known;

  const readable = new Map<string, { source: string; block: Block; rank: number }>();
  const canonical = new Map<string, string>();
  let rank = 0;
  for (const source of catalog.sources) {
    const id = source.meta.id;
    for (const block of visibleBlocks(source.blocks)) readable.set(`${id}#${block.id}`, { source: id, block, rank: rank++ });
    for (const block of source.blocks) canonical.set(`${id}#${block.id}`, `${id}#${block.duplicateOf ?? block.id}`);
  }

  const links = new Map<string, Map<string, PassageLink>>(catalog.entries.map((e) => [e.slug, new Map()]));
  const add = (slug: string, source: string, block: string, link: PassageLink) => {
    const key = canonical.get(`${source}#${block}`);
    const found = links.get(slug);
    if (!key || !found || !readable.has(key)) return;
    if (found.get(key) !== 'mentioned') found.set(key, link);
  };
  for (const m of catalog.mentions) add(m.entry, m.source, m.block, 'mentioned');
  for (const entry of catalog.entries) for (const c of entry.citations) add(entry.slug, c.source, c.block, 'cited');

  const index = new Map<string, EntryPassage[]>();
  for (const [slug, found] of links) {
    const passages = [...found].map(([key, link]) => ({ ...readable.get(key)!, link }));
    passages.sort((a, b) => a.rank - b.rank);
    index.set(
      slug,
      passages.map(({ source, block, link }) => ({ source, block, link })),
    );
  }
  indexes.set(catalog, index);
  return index;
}

/** The distinct passages that mention an entry or are cited for it, in reading order. */
export function entryPassages(slug: string): EntryPassage[] {
  return passageIndex().get(slug) ?? [];
}
