/**
 * `npm run catalog -- add-source <file.txt> --id <id> [--root <dir>]`: stores a new article
 * byte for byte as catalog/sources/<id>.txt with a metadata skeleton holding only what its text
 * states, then reports which catalogued systems it mentions and which phrases may name new ones.
 * It adds no entry: a curator reviews the report and writes entries by hand.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findCandidates, type Candidate } from '../../catalog/text/find-candidates';
import { findMentions } from '../../catalog/text/mentions';
import { segmentText } from '../../catalog/text/segment';
import { isShownToReader } from '../../catalog/text/reader-blocks';
import { formatSourceMeta, sourceMetaSkeleton } from '../../catalog/ingest/source-skeleton';
import { parseEntry } from '../../catalog/verify/verify-entries';
import { decodeUtf8, hashBytes, verifySource } from '../../catalog/verify/verify-sources';
import { formatViolation, ViolationList } from '../../catalog/verify/violations';
import { readCatalogFiles, SOURCES_DIR } from '../../catalog/load';
import { METADATA_FIELDS, sourceIdSchema } from '../../catalog/schema/source';
import type { Block } from '../../catalog/schema/derived';

const USAGE = 'Usage: npm run catalog -- add-source <file.txt> --id <id> [--root <project dir>]';

/** A bad invocation or input: reported on stderr with its exit code, and nothing is written. */
class InputError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

function parse(args: string[]): { file: string; id: string; root: string } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { id: { type: 'string' }, root: { type: 'string' } } });
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new InputError(`expected one article file, got ${positionals.length}.\n${USAGE}`, 2);
  if (values.id === undefined) throw new InputError(`missing --id: name the new source, e.g. --id article-005.\n${USAGE}`, 2);
  const id = sourceIdSchema.safeParse(values.id);
  if (!id.success) throw new InputError(`invalid id "${values.id}": ${id.error.issues[0]!.message}`);
  return { file: positionals[0]!, id: id.data, root: path.resolve(values.root ?? process.cwd()) };
}

/** The article's bytes and text, refusing what the verifier would refuse. */
function readArticle(file: string): { bytes: Uint8Array; text: string } {
  if (!existsSync(file)) throw new InputError(`file not found: ${file}`);
  if (!statSync(file).isFile()) throw new InputError(`not a file: ${file}`);
  const bytes = new Uint8Array(readFileSync(file));
  if (bytes.length === 0) throw new InputError(`the file is empty: ${file}`);
  const text = decodeUtf8(bytes);
  if (text === null) throw new InputError(`the file is not valid UTF-8: ${file}; save it as UTF-8 and try again`);
  if (text.trim() === '') throw new InputError(`the file holds only whitespace: ${file}`);
  return { bytes, text };
}

/** Refuses an id that is taken and a text that is already stored under another id. */
function checkFree(sourcesDir: string, id: string, bytes: Uint8Array): void {
  for (const ext of ['txt', 'json']) {
    if (existsSync(path.join(sourcesDir, `${id}.${ext}`))) throw new InputError(`id "${id}" is already taken: ${SOURCES_DIR}/${id}.${ext} exists`);
  }
  const sha256 = hashBytes(bytes);
  for (const name of readdirSync(sourcesDir).filter((n) => n.endsWith('.txt'))) {
    if (hashBytes(readFileSync(path.join(sourcesDir, name))) === sha256) {
      throw new InputError(`the same text is already stored as ${SOURCES_DIR}/${name}`);
    }
  }
}

/** Writes every file to a temporary name first and renames it into place; on failure removes all. */
function storeFiles(files: { target: string; data: Uint8Array | string }[]): void {
  const staged = files.map((f) => ({ ...f, tmp: path.join(path.dirname(f.target), `.${path.basename(f.target)}.${process.pid}.tmp`) }));
  const placed: string[] = [];
  try {
    for (const f of staged) writeFileSync(f.tmp, f.data, { flag: 'wx' });
    for (const f of staged) {
      if (existsSync(f.target)) throw new Error(`${f.target} appeared while writing`);
      renameSync(f.tmp, f.target);
      placed.push(f.target);
    }
  } catch (error) {
    for (const f of staged) rmSync(f.tmp, { force: true });
    for (const target of placed) rmSync(target, { force: true });
    throw new InputError(`could not store the source, nothing was written: ${(error as Error).message}`);
  }
}

/** Names of every catalogued entry found in the new text, entry by entry. */
function findEntryMentions(root: string, blocks: Block[]) {
  const out = new ViolationList();
  const entries = readCatalogFiles(root).entries.flatMap((f) => parseEntry(f, out) ?? []);
  for (const v of out.items) console.error(`add-source: warning: skipping an entry that does not parse: ${formatViolation(v)}`);
  return entries.flatMap((entry) => findMentions(blocks, [entry.name, ...entry.aliases]).map((m) => ({ ...m, entry })));
}

function report(id: string, bytes: number, blocks: Block[], mentions: ReturnType<typeof findEntryMentions>, candidates: Candidate[], stated: string[]): string {
  const label = (blockId: string) => blocks.find((b) => b.id === blockId)!.label;
  const notStated = METADATA_FIELDS.filter((f) => !stated.includes(f));
  const distinct = candidates.filter((c, i) => candidates.findIndex((o) => o.text.toLowerCase() === c.text.toLowerCase()) === i);
  return [
    `Stored ${SOURCES_DIR}/${id}.txt (${bytes} bytes, ${blocks.length} blocks) and ${SOURCES_DIR}/${id}.json.`,
    `Metadata stated by the text: ${stated.join(', ') || 'none'}. Not stated: ${notStated.join(', ')} (fill in only what the text states).`,
    '',
    `Mentions of catalogued systems (${mentions.length}):`,
    ...mentions.map((m) => `  ${m.entry.name} [${m.entry.slug}]  ${m.block} (${label(m.block)})  "${m.text}"`),
    '',
    `Candidate new systems for a curator to review (${distinct.length}):`,
    ...distinct.map((c) => `  "${c.text}"  ${c.kind}, first in ${c.block} (${label(c.block)})`),
    '',
    'No entry was added or changed. Cite the new source from entries, then run: npm run verify',
  ].join('\n');
}

/** Runs `add-source`; returns the exit code: 0 stored, 1 bad input, 2 bad usage. Nothing is written on failure. */
export function runAddSource(args: string[]): number {
  try {
    const { file, id, root } = parse(args);
    const sourcesDir = path.join(root, SOURCES_DIR);
    if (!existsSync(sourcesDir)) throw new InputError(`no ${SOURCES_DIR} directory in ${root}; run from the project root or pass --root`);
    const { bytes, text } = readArticle(file);
    checkFree(sourcesDir, id, bytes);

    const blocks = segmentText(text);
    const meta = sourceMetaSkeleton(id, path.basename(file), bytes, blocks);
    const metaJson = formatSourceMeta(meta);
    const check = new ViolationList();
    verifySource({ id, metaFile: `${SOURCES_DIR}/${id}.json`, metaContent: metaJson, textFile: `${SOURCES_DIR}/${id}.txt`, textBytes: bytes }, check);
    if (check.items.length > 0) throw new InputError(`the new source would not verify:\n${check.items.map(formatViolation).join('\n')}`);

    const prose = blocks.filter(isShownToReader);
    const mentions = findEntryMentions(root, prose);
    const candidates = findCandidates(prose, mentions);
    storeFiles([
      { target: path.join(sourcesDir, `${id}.txt`), data: bytes },
      { target: path.join(sourcesDir, `${id}.json`), data: metaJson },
    ]);
    const stated = METADATA_FIELDS.filter((f) => meta[f].status === 'stated');
    console.log(report(id, bytes.length, blocks, mentions, candidates, stated));
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`add-source: ${error.message}`);
    return error.code;
  }
}
