import assert from 'node:assert/strict';
import path from 'node:path';
import { readCatalogFiles } from '../../../catalog/load';
import { verifyCatalog, type CatalogFiles } from '../../../catalog/verify/verify';
import { formatViolation, type Rule } from '../../../catalog/verify/violations';
import type { Entry } from '../../../catalog/schema/entry';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const entryFile = (slug: string) => `catalog/entries/${slug}.json`;

/** The real catalog's files, read afresh, with one entry edited in memory. */
export function withEntry(slug: string, edit: (e: Entry) => void): CatalogFiles {
  const files = readCatalogFiles(ROOT);
  const file = files.entries.find((f) => f.file === entryFile(slug))!;
  const entry = JSON.parse(file.content) as Entry;
  edit(entry);
  file.content = JSON.stringify(entry, null, 2);
  return files;
}

/** Asserts the catalog is refused with a violation of `rule` at `file`/`path` whose message quotes each of `includes`. */
export function expectViolation(files: CatalogFiles, rule: Rule, file: string, fieldPath: string, includes: string[]): void {
  const result = verifyCatalog(files);
  assert.ok(!result.ok, 'the mutated catalog must not verify');
  const found = result.violations.find((v) => v.rule === rule && v.file === file && v.path === fieldPath);
  assert.ok(found, `no [${rule}] at ${file}: ${fieldPath}; got:\n${result.violations.map(formatViolation).join('\n')}`);
  for (const text of includes) assert.ok(found.message.includes(text), `"${found.message}" should contain "${text}"`);
}
