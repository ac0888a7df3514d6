/** What the catalog's commands share: refusing bad input, reading the catalog, writing all or nothing. */
import * as nodeFs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readCatalogFiles } from '../../catalog/load';
import { verifyCatalog, type CatalogFiles, type VerifyResult } from '../../catalog/verify/verify';
import { RULES, formatViolation, type Rule, type Violation } from '../../catalog/verify/violations';
import type { Citation } from '../../catalog/schema/entry';

/** A bad invocation or input: reported on stderr with its exit code, and nothing is written. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

/** Parses a command's arguments strictly; a usage error carries the usage line and exit code 2. */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: { ...options, root: { type: 'string' } } });
  } catch (error) {
    throw new InputError(`${(error as Error).message}\n${usage}`, 2);
  }
}

export const projectRoot = (root: unknown) => path.resolve(typeof root === 'string' ? root : process.cwd());

/** Runs a command body, turning an InputError into its message on stderr and its exit code. */
export function runCommand(name: string, body: () => number): number {
  try {
    return body();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`${name}: ${error.message}`);
    return error.code;
  }
}

/** Every violation, one per line, indented. */
export const listViolations = (violations: readonly Violation[]) => violations.map((v) => `  ${formatViolation(v)}`).join('\n');

/**
 * Completeness waits for `draft`: a passage of a new source that names a catalogued system and
 * is not cited yet is the curator's next step, not a reason to refuse other work. A command
 * refuses to leave more of these than it found.
 */
export const isPending = (v: Violation) => v.rule === 'mention-missing';

/** The catalog's files and whether they verify, refusing to go on from a catalog that fails for more than pending completeness (or what `allow` lets through). */
export function readVerified(root: string, allow: (v: Violation) => boolean = () => false): { files: CatalogFiles; result: VerifyResult; pending: Violation[] } {
  const files = readCatalogFiles(root);
  const result = verifyCatalog(files);
  const violations = result.ok ? [] : result.violations;
  const blocking = violations.filter((v) => !allow(v) && !isPending(v));
  if (blocking.length > 0) {
    throw new InputError(`the catalog does not verify; fix these first (npm run verify lists them too):\n${listViolations(blocking)}`);
  }
  return { files, result, pending: violations.filter(isPending) };
}

/** The violations of `after` that the catalog did not have before: what a change would break. */
export function newViolations(after: VerifyResult, before: readonly Violation[]): Violation[] {
  if (after.ok) return [];
  const had = new Set(before.map(formatViolation));
  return after.violations.filter((v) => !had.has(formatViolation(v)));
}

export interface FileWrite {
  /** Absolute path. */
  target: string;
  data: string | Uint8Array;
}

/** The file operations `writeFilesAtomically` uses, so that a test can make one of them fail. */
export type WriteFs = Pick<typeof nodeFs, 'writeFileSync' | 'renameSync' | 'rmSync' | 'existsSync'>;

/**
 * Writes every file or none. Each is written to a temporary file beside its target first; then
 * each target that exists is renamed aside and the new file renamed into place. If any step
 * fails, every target is put back as it was (renames, which do not half-happen) and the
 * temporary files are removed.
 */
export function writeFilesAtomically(files: readonly FileWrite[], fs: WriteFs = nodeFs): void {
  const tag = `${process.pid}-${Date.now()}`;
  const staged = files.map((f) => ({
    ...f,
    tmp: path.join(path.dirname(f.target), `.${path.basename(f.target)}.${tag}.tmp`),
    aside: path.join(path.dirname(f.target), `.${path.basename(f.target)}.${tag}.old`),
    existed: fs.existsSync(f.target),
  }));
  const done: typeof staged = [];
  try {
    for (const f of staged) fs.writeFileSync(f.tmp, f.data, { flag: 'wx' });
    for (const f of staged) {
      if (f.existed) fs.renameSync(f.target, f.aside);
      done.push(f);
      fs.renameSync(f.tmp, f.target);
    }
  } catch (error) {
    for (const f of done.reverse()) {
      if (f.existed) fs.renameSync(f.aside, f.target);
      else fs.rmSync(f.target, { force: true });
    }
    for (const f of staged) fs.rmSync(f.tmp, { force: true });
    throw new InputError(`could not write the files, nothing was changed: ${(error as Error).message}`);
  }
  for (const f of staged) if (f.existed) fs.rmSync(f.aside, { force: true });
}

/** The catalog's files with some entry files replaced or added (paths relative to the root). */
export function withEntries(files: CatalogFiles, edits: readonly { file: string; content: string }[]): CatalogFiles {
  const byFile = new Map(edits.map((e) => [e.file, e.content]));
  const entries = files.entries.map((f) => (byFile.has(f.file) ? { ...f, content: byFile.get(f.file)! } : f));
  for (const e of edits) if (!files.entries.some((f) => f.file === e.file)) entries.push({ file: e.file, content: e.content });
  return { ...files, entries };
}

/**
 * Writes entry edits only if the catalog with them verifies, but for the pending completeness it
 * had before (`before`); otherwise refuses, listing why, and writes nothing.
 */
export function writeVerifiedEntries(root: string, files: CatalogFiles, edits: readonly { file: string; content: string }[], before: readonly Violation[] = []): void {
  writeVerifiedChanges(root, files, { entries: edits }, before);
}

/** A source's metadata file replaced: `id` and the new JSON. */
export interface MetaEdit {
  id: string;
  content: string;
}

/**
 * Writes entry edits and source metadata edits together, all or none, only if the catalog with
 * them verifies but for what it lacked before (`before`); otherwise refuses, listing why.
 */
export function writeVerifiedChanges(
  root: string,
  files: CatalogFiles,
  changes: { entries?: readonly { file: string; content: string }[]; sources?: readonly MetaEdit[] },
  before: readonly Violation[] = [],
): void {
  const entries = changes.entries ?? [];
  const metas = new Map((changes.sources ?? []).map((m) => [m.id, m.content]));
  const next = { ...withEntries(files, entries), sources: files.sources.map((s) => (metas.has(s.id) ? { ...s, metaContent: metas.get(s.id)! } : s)) };
  const broken = newViolations(verifyCatalog(next), before);
  if (broken.length > 0) throw new InputError(`the catalog would not verify after this change, so nothing was written:\n${listViolations(broken)}`);
  writeFilesAtomically([
    ...entries.map((e) => ({ target: path.join(root, e.file), data: e.content })),
    ...files.sources.filter((s) => metas.has(s.id)).map((s) => ({ target: path.join(root, s.metaFile), data: metas.get(s.id)! })),
  ]);
}

/** The options of a command that picks a passage the way a citation does. */
export const PICK_OPTIONS = {
  source: { type: 'string' },
  quote: { type: 'string' },
  block: { type: 'string' },
  prefix: { type: 'string' },
  suffix: { type: 'string' },
} as const;

/** The citation the picking options make: source and quote, with a block, prefix or suffix if given. */
export function pickedCitation(values: { source?: string; quote?: string; block?: string; prefix?: string; suffix?: string }, usage: string): Citation {
  for (const key of ['source', 'quote'] as const) {
    if (!values[key]?.trim()) throw new InputError(`missing --${key}.\n${usage}`, 2);
  }
  return {
    source: values.source!,
    quote: values.quote!,
    ...(values.block ? { block: values.block } : {}),
    ...(values.prefix ? { prefix: values.prefix } : {}),
    ...(values.suffix ? { suffix: values.suffix } : {}),
  };
}

/**
 * The meaning rules a statement at `path` breaks that a curator may set aside with a reason
 * (an override readers see), when those are all that stand in the way; else none.
 */
export function overridableOnly(broken: readonly Violation[], file: string, path: string): Rule[] {
  const mine = broken.filter((v) => v.file === file && (v.path === path || v.path.startsWith(`${path}.`)));
  if (mine.length === 0 || mine.length !== broken.length || !mine.every((v) => RULES[v.rule].overridable)) return [];
  return [...new Set(mine.map((v) => v.rule))];
}
