import { sourceMetaSchema, type SourceMeta, type StatedField } from '../schema/source';
import type { Block } from '../schema/derived';
import { hashBytes } from '../verify/verify-sources';

const NOT_STATED: StatedField = { status: 'not-stated' };

/** "BY MICHAEL LEE [lee.junhyuk@…]" → "MICHAEL LEE", as written. */
function bylineName(line: string): string {
  return line.replace(/^BY\s+/, '').replace(/\s*\[[^\]]*\]$/, '').trim();
}

/**
 * The metadata a new source starts with: only what its text states. The headline and byline
 * come from the blocks `segmentText` found (each with the line that states it as its quote);
 * section, publisher and date are `not-stated` until a curator finds them in the text.
 */
export function sourceMetaSkeleton(id: string, archivedAs: string, bytes: Uint8Array, blocks: readonly Block[]): SourceMeta {
  const headline = blocks.find((b) => b.kind === 'headline');
  const byline = blocks.find((b) => b.kind === 'byline');
  const name = byline && bylineName(byline.text);
  return sourceMetaSchema.parse({
    id,
    archivedAs,
    sha256: hashBytes(bytes),
    headline: headline ? { status: 'stated', value: headline.text, quote: headline.text } : NOT_STATED,
    section: NOT_STATED,
    byline: byline && name ? { status: 'stated', value: name, quote: byline.text } : NOT_STATED,
    publisher: NOT_STATED,
    date: NOT_STATED,
  });
}

/** Metadata as JSON the way the catalog's files are written: two-space indent, `not-stated` on one line. */
export function formatSourceMeta(meta: SourceMeta): string {
  return `${JSON.stringify(meta, null, 2).replace(/\{\n\s+"status": "not-stated"\n\s+\}/g, '{ "status": "not-stated" }')}\n`;
}
