import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { readCatalogFiles } from '../../catalog/load';
import { listCitations } from '../../catalog/verify/verify-entries';
import { verifyCatalog, type CatalogFiles } from '../../catalog/verify/verify';
import { entrySchema } from '../../catalog/schema/entry';

// Every cited quote and every fact value of the real catalog, each changed by one character,
// must fail verification with a message naming its file and field.
const ROOT = path.resolve(import.meta.dirname, '../..');
const pristine = readCatalogFiles(ROOT);
const MARK = 'ǂ'; // occurs in no source, so a changed quote can never match by accident

/** The text with its middle character replaced. */
const changeOneCharacter = (text: string) => {
  const i = Math.floor(text.length / 2);
  return text.slice(0, i) + MARK + text.slice(i + 1);
};

function withEntry(file: string, edit: (json: Record<string, unknown>) => void): CatalogFiles {
  return {
    ...pristine,
    entries: pristine.entries.map((e) => {
      if (e.file !== file) return e;
      const json = JSON.parse(e.content);
      edit(json);
      return { file, content: JSON.stringify(json) };
    }),
  };
}

/** Sets the string at a field path such as `facts[2].citations[0].quote`. */
function setAt(json: Record<string, unknown>, fieldPath: string, change: (s: string) => string): void {
  const keys = fieldPath.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node = json as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  node[last] = change(node[last] as string);
}

function assertCaught(files: CatalogFiles, file: string, fieldPath: string): void {
  const result = verifyCatalog(files);
  assert.equal(result.ok, false, `${file}: ${fieldPath} changed, yet the catalog verified`);
  if (result.ok) return;
  assert.ok(
    result.violations.some((v) => v.file === file && v.path === fieldPath),
    `${file}: ${fieldPath}: no violation names this field; got ${result.violations.map((v) => `${v.path} [${v.rule}]`).join('; ')}`,
  );
}

test('the real catalog verifies before any change', () => {
  assert.equal(verifyCatalog(pristine).ok, true);
});

test('changing one character of any cited quote fails verification at that quote', () => {
  let changed = 0;
  for (const { file, content } of pristine.entries) {
    const entry = entrySchema.parse(JSON.parse(content));
    for (const { path: citationPath } of listCitations(entry)) {
      assertCaught(withEntry(file, (json) => setAt(json, `${citationPath}.quote`, changeOneCharacter)), file, `${citationPath}.quote`);
      changed++;
    }
  }
  assert.ok(changed >= 50, `only ${changed} quotes were changed`);
});

test('changing one character of any fact value fails verification at that value', () => {
  let changed = 0;
  for (const { file, content } of pristine.entries) {
    const entry = entrySchema.parse(JSON.parse(content));
    entry.facts.forEach((_, i) => {
      assertCaught(withEntry(file, (json) => setAt(json, `facts[${i}].value`, changeOneCharacter)), file, `facts[${i}].value`);
      changed++;
    });
  }
  assert.ok(changed >= 40, `only ${changed} fact values were changed`);
});

test('changing one byte anywhere in a stored source fails verification naming that file', () => {
  for (const source of pristine.sources) {
    const bytes = source.textBytes!;
    for (const at of [0, Math.floor(bytes.length / 3), Math.floor(bytes.length / 2), bytes.length - 1]) {
      const changed = new Uint8Array(bytes);
      changed[at] = changed[at]! ^ 0x01;
      const files = { ...pristine, sources: pristine.sources.map((s) => (s === source ? { ...s, textBytes: changed } : s)) };
      const result = verifyCatalog(files);
      assert.equal(result.ok, false, `${source.textFile} byte ${at} changed, yet the catalog verified`);
      if (!result.ok) {
        assert.ok(
          result.violations.some((v) => v.file === source.textFile && (v.rule === 'source-hash' || v.rule === 'source-utf8')),
          `byte ${at} of ${source.textFile}: ${result.violations.map((v) => v.rule).join(', ')}`,
        );
      }
    }
  }
});
