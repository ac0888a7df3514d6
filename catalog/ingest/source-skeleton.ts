import { sourceMetaSchema, type MetadataField, type SourceMeta, type StatedField } from '../schema/source';
import type { Block } from '../schema/derived';
import { findStaleMetadata, READ_FIELDS, readStatedMetadata, type Finding } from '../text/stated-metadata';
import { hashBytes } from '../verify/verify-sources';
import { recordBlocks } from '../verify/recorded-blocks';

const NOT_STATED: StatedField = { status: 'not-stated' };
const stated = (f: Finding): StatedField => ({ status: 'stated', value: f.value, quote: f.quote });

/**
 * The metadata a new source starts with: only what its text states, each value verbatim with
 * the line that states it (`readStatedMetadata`), and, if the curator says so, the source it is
 * a later version of. The blocks are recorded, so that the verifier can tell when a later
 * segmentation moves a citation.
 *
 * @returns the metadata, and notes on what was read but not recorded, for the curator.
 */
export function sourceMetaSkeleton(
  id: string,
  archivedAs: string,
  bytes: Uint8Array,
  blocks: readonly Block[],
  laterVersionOf?: SourceMeta['laterVersionOf'],
): { meta: SourceMeta; notes: string[] } {
  const { found, notes } = readStatedMetadata(blocks);
  const field = (name: MetadataField) => {
    const f = found.find((x) => x.field === name);
    return f ? stated(f) : NOT_STATED;
  };
  const translation = found.find((x) => x.field === 'translation');
  const meta = sourceMetaSchema.parse({
    id,
    archivedAs,
    sha256: hashBytes(bytes),
    headline: field('headline'),
    section: field('section'),
    byline: field('byline'),
    publisher: field('publisher'),
    date: field('date'),
    ...(translation && { translation: stated(translation) }),
    ...(laterVersionOf && { laterVersionOf }),
    recordedBlocks: recordBlocks(blocks),
  });
  return { meta, notes };
}

/**
 * The metadata after the blocks changed (a block rule, a new segmenter): every stated value
 * whose passage no longer fits it is read again from today's blocks, and every value the text
 * did not state before but states now is added; values that still fit stay as they are.
 *
 * @returns the metadata, and one line per field it changed.
 */
export function rederiveMetadata(meta: SourceMeta, text: string, blocks: readonly Block[]): { meta: SourceMeta; changes: string[] } {
  const { found } = readStatedMetadata(blocks);
  const stale = new Set(findStaleMetadata(meta, text, blocks).map((s) => s.field));
  const next: SourceMeta = { ...meta };
  const changes: string[] = [];
  for (const field of READ_FIELDS) {
    const was = meta[field];
    const wasStated = was !== undefined && was.status === 'stated';
    if (wasStated && !stale.has(field)) continue;
    const f = found.find((x) => x.field === field);
    if (!f && !wasStated) continue;
    if (f) next[field] = stated(f);
    else if (field === 'translation') delete next.translation;
    else next[field] = NOT_STATED;
    const before = wasStated ? `"${was.value}"` : 'not stated';
    changes.push(`${field}: ${before} → ${f ? `"${f.value}" (from ${f.block})` : 'not stated'}`);
  }
  return { meta: sourceMetaSchema.parse(next), changes };
}

/** Metadata as JSON the way the catalog's files are written: two-space indent, `not-stated` and line ranges on one line. */
export function formatSourceMeta(meta: SourceMeta): string {
  // Keys in the schema's order, whichever order the value was built in.
  const ordered = Object.fromEntries(Object.keys(sourceMetaSchema.shape).flatMap((k) => (k in meta ? [[k, meta[k as keyof SourceMeta]]] : [])));
  const json = JSON.stringify(ordered, null, 2)
    .replace(/\{\n\s+"status": "not-stated"\n\s+\}/g, '{ "status": "not-stated" }')
    .replace(/"lines": \[\s+(\d+),\s+(\d+)\s+\]/g, '"lines": [$1, $2]');
  return `${json}\n`;
}
