import type { Block } from '../schema/derived';

/**
 * Whether the reader shows a block's words: every block but site chrome. A block printed twice
 * is shown once, as its first copy, so its words are shown too.
 */
export function isShownToReader(block: Block): boolean {
  return block.kind !== 'chrome';
}

/** The blocks a reader sees, in reading order and each once: no site chrome, no second copies. */
export function visibleBlocks(blocks: readonly Block[]): Block[] {
  return blocks.filter((b) => isShownToReader(b) && !b.duplicateOf);
}
