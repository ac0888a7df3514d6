/**
 * `npm run catalog -- add-source <file.txt> --id <id> [--root <dir>]`: stores a new article
 * byte for byte as catalog/sources/<id>.txt with a metadata skeleton holding only what its text
 * states, then reports every block with its kind and why, the metadata, which catalogued
 * systems it mentions and which phrases may name new ones. It adds no entry: `draft` cites the
 * mentions, a curator writes the facts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { suggestForSource } from '../../catalog/ingest/suggestions';
import { explainBlocks, plainBlock } from '../../catalog/text/segment';
import { formatSourceMeta, sourceMetaSkeleton } from '../../catalog/ingest/source-skeleton';
import { findVersionMark } from '../../catalog/ingest/version-mark';
import { parseEntry } from '../../catalog/verify/verify-entries';
import { decodeUtf8, hashBytes, verifySource } from '../../catalog/verify/verify-sources';
import { formatViolation, ViolationList } from '../../catalog/verify/violations';
import { readCatalogFiles, SOURCES_DIR } from '../../catalog/load';
import { METADATA_FIELDS, sourceIdSchema, type SourceMeta } from '../../catalog/schema/source';
import { READ_FIELDS } from '../../catalog/text/stated-metadata';
import type { Entry } from '../../catalog/schema/entry';
import { InputError, parseCommand, projectRoot, runCommand, writeFilesAtomically } from './common';
import { MANY, addTo, formatBlocks, formatCandidate, formatLeftOut, formatReferences, someOf } from './report';
import { usageOf } from './commands';

const USAGE = usageOf('add-source');

function parse(args: string[]): { file: string; id: string; root: string; laterVersionOf?: string } {
  const { positionals, values } = parseCommand(args, { id: { type: 'string' }, 'later-version-of': { type: 'string' } }, USAGE);
  if (positionals.length !== 1) throw new InputError(`expected one article file, got ${positionals.length}.\n${USAGE}`, 2);
  if (values.id === undefined) throw new InputError(`missing --id: name the new source, e.g. --id article-005.\n${USAGE}`, 2);
  const id = sourceIdSchema.safeParse(values.id);
  if (!id.success) throw new InputError(`invalid id "${values.id}": ${id.error.issues[0]!.message}`);
  return { file: positionals[0]!, id: id.data, root: projectRoot(values.root), ...(values['later-version-of'] && { laterVersionOf: values['later-version-of'] }) };
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

/**
 * Whether the id is free: `false` when the same text is already stored under this id (a re-run,
 * which changes nothing); refuses an id taken by another text, and a text stored under another id.
 */
function isNew(sourcesDir: string, id: string, bytes: Uint8Array): boolean {
  const sha256 = hashBytes(bytes);
  const txt = path.join(sourcesDir, `${id}.txt`);
  const json = path.join(sourcesDir, `${id}.json`);
  if (existsSync(txt) && existsSync(json) && hashBytes(readFileSync(txt)) === sha256) return false;
  for (const [file, ext] of [[txt, 'txt'], [json, 'json']] as const) {
    if (existsSync(file)) throw new InputError(`id "${id}" is already taken: ${SOURCES_DIR}/${id}.${ext} exists`);
  }
  for (const name of readdirSync(sourcesDir).filter((n) => n.endsWith('.txt'))) {
    if (hashBytes(readFileSync(path.join(sourcesDir, name))) === sha256) {
      throw new InputError(`the same text is already stored as ${SOURCES_DIR}/${name}`);
    }
  }
  return true;
}

function readEntries(root: string): Entry[] {
  const out = new ViolationList();
  const entries = readCatalogFiles(root).entries.flatMap((f) => parseEntry(f, out) ?? []);
  for (const v of out.items) console.error(`add-source: warning: skipping an entry that does not parse: ${formatViolation(v)}`);
  return entries;
}

/** The report after storing: blocks, metadata, mentions, possible references, candidates, and what was left out. */
export function reportSource(meta: SourceMeta, notes: string[], blocks: ReturnType<typeof explainBlocks>['blocks'], entries: Entry[], text: string): string[] {
  const labels = new Map(blocks.map((b) => [b.id, b.label]));
  const label = (id: string) => labels.get(id)!;
  const source = { meta, text, blocks: blocks.map(plainBlock) };
  const { names, references, candidates, leftOut } = suggestForSource(source, entries);
  const stated = READ_FIELDS.filter((f) => meta[f]?.status === 'stated');
  return [
    ...formatBlocks(blocks),
    '',
    `Metadata stated by the text (${stated.length}):`,
    ...stated.map((f) => {
      const field = meta[f] as { value: string; quote: string };
      return `  ${f}: "${field.value}"${field.quote === field.value ? '' : `  from ${firstWords(field.quote, 70)}`}`;
    }),
    `Not stated: ${METADATA_FIELDS.filter((f) => !stated.includes(f)).join(', ') || 'none'} (fill in only what the text states).`,
    ...(meta.laterVersionOf ? [`Later version of ${meta.laterVersionOf.source}${meta.laterVersionOf.quote ? `, as "${meta.laterVersionOf.quote}" marks it` : ''}: each reader says so.`] : []),
    ...notes.map((n) => `  note: ${n}`),
    '',
    `Mentions of catalogued systems (${names.length}):`,
    ...formatNames(names, label),
    '',
    `Descriptions that may refer to a catalogued system (${references.length}):`,
    ...formatReferences(references, label),
    '',
    `Candidate systems for a curator to review (${candidates.length}):`,
    ...candidates.slice(0, MANY * 4).map((c) => formatCandidate(c, label)),
    ...(candidates.length > MANY * 4 ? [`  … and ${candidates.length - MANY * 4} more: npm run catalog -- review ${meta.id} lists them all`] : []),
    '',
    `Read and not offered (${formatLeftOut(leftOut).length}):`,
    ...formatLeftOut(leftOut),
  ];
}

/** The mentions found: one per line, or, when there are many, one line per entry and words with where they are. */
function formatNames(names: ReturnType<typeof suggestForSource>['names'], label: (block: string) => string): string[] {
  const check = (descriptive?: string) => (descriptive ? `  (rests on the descriptive name "${descriptive}": check that it means this system)` : '');
  if (names.length <= MANY) return names.map((m) => `  ${m.name} [${m.entry}]  ${m.block} (${label(m.block)})  ${JSON.stringify(m.text)}${check(m.descriptive)}`);
  const groups = new Map<string, typeof names>();
  for (const m of names) addTo(groups, m.entry, m);
  return [...groups.values()].flatMap((g) => {
    const words = new Map<string, typeof names>();
    for (const m of g) addTo(words, m.text, m);
    const common = [...words.values()].sort((a, b) => b.length - a.length);
    return [
      `  ${g[0]!.name} [${g[0]!.entry}]  ${g.length} passage(s), in ${words.size} wording(s): ${common.slice(0, 4).map((w) => `${JSON.stringify(w[0]!.text)} (${w.length})`).join(', ')}${common.length > 4 ? ', …' : ''}`,
      ...common.filter((w) => w[0]!.descriptive).slice(0, 4).map((w) => `   ${check(w[0]!.descriptive).trim()}: ${someOf(w.map((m) => m.block))}`),
    ];
  });
}

const firstWords = (text: string, max: number) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

/** Runs `add-source`; returns the exit code: 0 stored (or already stored), 1 bad input, 2 bad usage. Nothing is written on failure. */
export function runAddSource(args: string[]): number {
  return runCommand('add-source', () => {
    const { file, id, root, laterVersionOf } = parse(args);
    const sourcesDir = path.join(root, SOURCES_DIR);
    if (!existsSync(sourcesDir)) throw new InputError(`no ${SOURCES_DIR} directory in ${root}; run from the project root or pass --root`);
    const { bytes, text } = readArticle(file);
    const fresh = isNew(sourcesDir, id, bytes);

    const { blocks } = explainBlocks(text);
    const known = readdirSync(sourcesDir).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));
    if (laterVersionOf !== undefined && (laterVersionOf === id || !known.includes(laterVersionOf))) {
      throw new InputError(`--later-version-of: no other source "${laterVersionOf}" in ${SOURCES_DIR} (known: ${known.join(', ')})`);
    }
    const mark = findVersionMark(blocks);
    const version = laterVersionOf === undefined ? undefined : { source: laterVersionOf, ...(mark !== undefined && { quote: mark }) };
    const { meta, notes } = sourceMetaSkeleton(id, path.basename(file), bytes, blocks, version);
    if (mark !== undefined && version === undefined) {
      notes.push(`the text marks itself as an update ("${mark}"): if it updates a stored source, run: npm run catalog -- later-version ${id} --of <that source's id>`);
    }
    const metaJson = formatSourceMeta(meta);
    const check = new ViolationList();
    verifySource({ id, metaFile: `${SOURCES_DIR}/${id}.json`, metaContent: metaJson, textFile: `${SOURCES_DIR}/${id}.txt`, textBytes: bytes }, check);
    if (check.items.length > 0) throw new InputError(`the new source would not verify:\n${check.items.map(formatViolation).join('\n')}`);

    const report = reportSource(meta, notes, blocks, readEntries(root), text);
    if (fresh) {
      writeFilesAtomically([
        { target: path.join(sourcesDir, `${id}.txt`), data: bytes },
        { target: path.join(sourcesDir, `${id}.json`), data: metaJson },
      ]);
    }
    console.log(
      [
        fresh
          ? `Stored ${SOURCES_DIR}/${id}.txt (${bytes.length} bytes) and ${SOURCES_DIR}/${id}.json.`
          : `${SOURCES_DIR}/${id}.txt already holds this text: nothing was changed.`,
        '',
        ...report,
        '',
        `No entry was added or changed. Next: npm run catalog -- draft ${id}   (cites these mentions in their entries), then npm run verify`,
      ].join('\n'),
    );
    return 0;
  });
}
