import { createHash } from 'node:crypto';
import { METADATA_FIELDS, sourceMetaSchema, type SourceMeta } from '../schema/source';
import type { SourceRecord } from '../schema/derived';
import { explainBlocks, plainBlock, splitLines } from '../text/segment';
import { findStaleMetadata } from '../text/stated-metadata';
import { resolveCitation } from './resolve-citation';
import { describeJsonError, ViolationList } from './violations';

/** A source as read from disk: its metadata file and its stored text, either possibly missing. */
export interface SourceFiles {
  id: string;
  metaFile: string;
  metaContent: string | null;
  textFile: string;
  textBytes: Uint8Array | null;
}

/** SHA-256 of bytes, as lowercase hex. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decodes UTF-8 strictly: `null` when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A zod issue path as a field path for a curator, e.g. `facts[2].label`. */
export function zodIssuePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/**
 * A zod issue's message with the offending value when it is a plain value (parse with
 * `reportInput: true`): "Invalid option: expected one of … (found "propelant")".
 */
export function describeZodIssue(issue: { message: string; input?: unknown }): string {
  const { input } = issue;
  const plain = typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean';
  return plain ? `${issue.message} (found ${JSON.stringify(input)})` : issue.message;
}

function parseMeta(files: SourceFiles, out: ViolationList): SourceMeta | null {
  if (files.metaContent === null) {
    out.add('source-missing', files.metaFile, '', `no metadata file for source text ${files.textFile}`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(files.metaContent);
  } catch (error) {
    out.add('source-meta', files.metaFile, '', describeJsonError(files.metaContent, error));
    return null;
  }
  const parsed = sourceMetaSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      out.add('source-meta', files.metaFile, zodIssuePath(issue.path), describeZodIssue(issue));
    }
    return null;
  }
  if (parsed.data.id !== files.id) {
    out.add('source-meta', files.metaFile, 'id', `id "${parsed.data.id}" does not match the file name "${files.id}"`);
    return null;
  }
  return parsed.data;
}

/**
 * Checks one source: metadata fits the schema, the stored text exists, is non-empty valid
 * UTF-8 and matches its recorded SHA-256, and every stated metadata value is quoted from it.
 *
 * @returns the source with its blocks, or `null` when it cannot be used (violations say why).
 */
export function verifySource(files: SourceFiles, out: ViolationList): SourceRecord | null {
  const meta = parseMeta(files, out);
  if (files.textBytes === null) {
    out.add('source-missing', files.textFile, '', `stored text missing for source "${files.id}"`);
    return null;
  }
  if (files.textBytes.length === 0) {
    out.add('source-empty', files.textFile, '', 'the stored text is empty');
    return null;
  }
  const text = decodeUtf8(files.textBytes);
  if (text === null) {
    out.add('source-utf8', files.textFile, '', 'the stored text is not valid UTF-8');
    return null;
  }
  if (!meta) return null;
  const actual = hashBytes(files.textBytes);
  if (actual !== meta.sha256) {
    out.add(
      'source-hash',
      files.textFile,
      '',
      `SHA-256 is ${actual}, but ${files.metaFile} records ${meta.sha256}: the stored text was changed`,
    );
    return null;
  }
  for (const field of [...METADATA_FIELDS, 'translation'] as const) {
    const value = meta[field];
    if (value?.status !== 'stated') continue;
    if (!text.includes(value.quote)) {
      out.add('meta-stated', files.metaFile, `${field}.quote`, `quote not found in ${files.textFile}: "${value.quote}"`);
    } else if (!value.quote.includes(value.value)) {
      out.add('meta-stated', files.metaFile, `${field}.value`, `value "${value.value}" is not in its quote "${value.quote}"`);
    }
  }
  const { blocks, unusedRules } = explainBlocks(text, meta.blockRules);
  for (const i of unusedRules) {
    const rule = meta.blockRules![i]!;
    const what = 'lines' in rule ? `lines ${rule.lines[0]}-${rule.lines[1]}` : `the pattern /${rule.match}/`;
    const count = splitLines(text).length;
    out.add('block-rule-unused', files.metaFile, `blockRules[${i}]`, `${what} fits no line of ${files.textFile} (${count} lines), or an earlier rule decides those lines: remove or correct the rule`);
  }
  const plain = blocks.map(plainBlock);
  for (const stale of findStaleMetadata(meta, text, plain)) {
    const now = stale.derived === undefined ? 'the text no longer states it' : `the text now states "${stale.derived}"`;
    out.add('meta-stale', files.metaFile, `${stale.field}.value`, `"${stale.value}" was taken from ${stale.now}; ${now}: run "npm run catalog -- resegment ${meta.id}" to read it again`);
  }
  (meta.declined ?? []).forEach((d, i) => {
    const found = resolveCitation({ id: meta.id, text, blocks: plain }, { source: meta.id, ...d });
    if (!found.ok) out.add(found.rule, files.metaFile, `declined[${i}].${found.rule === 'block-unknown' ? 'block' : 'quote'}`, found.message);
  });
  const version = meta.laterVersionOf;
  if (version?.quote !== undefined && !text.includes(version.quote)) {
    out.add('source-link', files.metaFile, 'laterVersionOf.quote', `quote not found in ${files.textFile}: "${version.quote}"`);
  }
  return { meta, text, blocks: plain };
}
