import type { Citation } from '../schema/entry';
import type { Block, ResolvedCitation } from '../schema/derived';
import { findClosest, findInContext } from '../text/match-quote';
import { findBlockAt, findCaptionCredit } from '../text/segment';
import { isShownToReader } from '../text/reader-blocks';

export interface SourceText {
  id: string;
  text: string;
  blocks: Block[];
}

export type Resolution =
  | { ok: true; citation: ResolvedCitation }
  | { ok: false; rule: 'quote-not-found' | 'quote-ambiguous' | 'quote-block' | 'block-unknown' | 'quote-hidden'; message: string };

const preview = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Describes the passage of `source` nearest to `quote`, for an error message. */
export function describeClosest(source: SourceText, quote: string): string {
  const near = findClosest(source.text, quote, 0.4);
  if (!near) return 'No passage of the source comes within 40% of it.';
  const block = findBlockAt(source.blocks, near.start, near.end) ?? source.blocks.find((b) => b.end >= near.start);
  const edits = Math.round((1 - near.score) * quote.length);
  const where = block ? `${block.id}, ` : '';
  return `Closest passage (${where}${edits} edit${edits === 1 ? '' : 's'} away): "${source.text.slice(near.start, near.end)}"`;
}

/**
 * Finds a citation's quote in its source, character for character. An occurrence inside a
 * repeated block (a caption printed twice) counts as its first copy, so such quotes need no
 * block. An occurrence in site chrome does not count: the reader does not show it, so a quote
 * found only there is refused. Any other quote that occurs more than once must name its
 * `block` or give a `prefix`/`suffix`.
 *
 * @returns the resolved span, or the rule it breaks with a message a curator can act on.
 */
/** Each source's blocks by id, built once per list of blocks: a long source has tens of thousands. */
const byId = new WeakMap<readonly Block[], Map<string, Block>>();
function blockById(blocks: readonly Block[], id: string): Block | undefined {
  let index = byId.get(blocks);
  if (!index) byId.set(blocks, (index = new Map(blocks.map((b) => [b.id, b]))));
  return index.get(id);
}

export function resolveCitation(source: SourceText, citation: Citation): Resolution {
  const { quote } = citation;
  const named = citation.block ? blockById(source.blocks, citation.block) : undefined;
  if (citation.block && !named) {
    return { ok: false, rule: 'block-unknown', message: `no block "${citation.block}" in source "${source.id}"` };
  }
  // A named block is searched first (its first copy, for a block printed twice); the whole text
  // only when the quote is not there, to say where it is.
  const home = named && (named.duplicateOf ? blockById(source.blocks, named.duplicateOf) : named);
  const find = (from?: number, to?: number) =>
    findInContext(source.text, quote, citation, from, to, source.blocks)
      .map((start) => ({ start, end: start + quote.length, block: findBlockAt(source.blocks, start, start + quote.length) }))
      .filter((c): c is { start: number; end: number; block: Block } => c.block !== undefined);
  const inHome = home ? find(home.start, home.end) : [];
  const occurrences = inHome.length > 0 ? inHome : find();
  const hidden = occurrences.filter((c) => !isShownToReader(c.block));
  const candidates = occurrences.filter((c) => isShownToReader(c.block) && !c.block.duplicateOf);

  if (candidates.length === 0 && hidden.length > 0) {
    const where = [...new Set(hidden.map((c) => c.block.id))].join(', ');
    return {
      ok: false,
      rule: 'quote-hidden',
      message: `quote "${preview(quote)}" is only in ${where} of "${source.id}", site text the reader does not show: cite a passage the reader shows, or, if that line is part of the article, give it a block rule in the source's metadata`,
    };
  }
  if (candidates.length === 0) {
    return {
      ok: false,
      rule: 'quote-not-found',
      message: `quote not found in source "${source.id}": "${preview(quote)}". ${describeClosest(source, quote)}`,
    };
  }
  const inBlock = named ? candidates.filter((c) => c.block.id === (named.duplicateOf ?? named.id)) : candidates;
  if (inBlock.length === 0) {
    const where = [...new Set(candidates.map((c) => c.block.id))].join(', ');
    return {
      ok: false,
      rule: 'quote-block',
      message: `quote "${preview(quote)}" is not in block "${citation.block}" of "${source.id}"; it occurs in ${where}`,
    };
  }
  if (inBlock.length > 1) {
    const where = inBlock.map((c) => c.block.id).join(', ');
    return {
      ok: false,
      rule: 'quote-ambiguous',
      message: `quote "${preview(quote)}" occurs ${inBlock.length} times in "${source.id}" (${where}): add "block", "prefix" or "suffix" to say which`,
    };
  }
  const hit = inBlock[0]!;
  // The credit as printed, without its brackets: "[YONHAP]" → "YONHAP".
  const credit = hit.block.kind === 'caption' ? findCaptionCredit(hit.block.text)?.credit.replace(/^[[(]\s*|\s*[\])]$/g, '') : undefined;
  return {
    ok: true,
    citation: {
      anchor: `q-${hit.start}-${hit.end}`,
      source: source.id,
      block: hit.block.id,
      blockLabel: hit.block.label,
      blockKind: hit.block.kind,
      ...(credit && { credit }),
      start: hit.start,
      end: hit.end,
      quote,
    },
  };
}
