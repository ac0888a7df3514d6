import type { Block } from '../schema/derived';
import { findBlockAt } from '../text/segment';
import type { RecordedBlock } from '../verify/recorded-blocks';

/** One citation's `block` that a re-segmentation renamed. */
export interface BlockRename {
  /** Field path of the citation's block, e.g. `mentions[1].block`. */
  path: string;
  from: string;
  to: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Sets `block` to its new id in every citation of `entry` (raw JSON, changed in place) that
 * names a block of `source` whose words now lie in another block: the quote is looked up
 * inside the block's recorded span, and the block that now holds that span is the new one.
 */
export function renameBlocks(entry: Json, source: { id: string; text: string; blocks: readonly Block[] }, recorded: readonly RecordedBlock[]): BlockRename[] {
  const renames: BlockRename[] = [];
  const visit = (node: Json, path: string) => {
    if (Array.isArray(node)) return node.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const { source: sid, quote, block, prefix } = node as Record<string, Json>;
    if (sid === source.id && typeof quote === 'string' && typeof block === 'string') {
      const was = recorded.find((b) => b.id === block);
      let at = was ? source.text.indexOf(quote, was.start) : -1;
      while (was && at !== -1 && typeof prefix === 'string' && !source.text.slice(0, at).endsWith(prefix)) at = source.text.indexOf(quote, at + 1);
      const now = was && at !== -1 && at + quote.length <= was.end ? findBlockAt(source.blocks, at, at + quote.length) : undefined;
      const to = now && (now.duplicateOf ?? now.id);
      if (to && to !== block) {
        (node as Record<string, Json>).block = to;
        renames.push({ path: `${path}.block`, from: block, to });
      }
    }
    for (const [key, value] of Object.entries(node)) visit(value, path ? `${path}.${key}` : key);
  };
  visit(entry, '');
  return renames;
}
