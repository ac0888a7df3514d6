import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { readCatalogFiles } from '../../catalog/load';
import { verifyCatalog, type CatalogFiles } from '../../catalog/verify/verify';
import { hashBytes, type SourceFiles } from '../../catalog/verify/verify-sources';
import { formatViolation, type Rule } from '../../catalog/verify/violations';
import type { Entry } from '../../catalog/schema/entry';

// Source files, entry files and links between entries. Citation and content rules are in
// verify-citations.test.ts; every mutation is made in memory on the real catalog's files.
const ROOT = path.resolve(import.meta.dirname, '../..');
const entryFile = (slug: string) => `catalog/entries/${slug}.json`;
const sourceFile = (id: string, ext: 'json' | 'txt') => `catalog/sources/${id}.${ext}`;

function withSource(id: string, edit: (s: SourceFiles) => void): CatalogFiles {
  const files = readCatalogFiles(ROOT);
  edit(files.sources.find((s) => s.id === id)!);
  return files;
}
function withEntryText(slug: string, edit: (content: string) => string): CatalogFiles {
  const files = readCatalogFiles(ROOT);
  const file = files.entries.find((f) => f.file === entryFile(slug))!;
  file.content = edit(file.content);
  return files;
}
const withEntry = (slug: string, edit: (e: Entry) => void) =>
  withEntryText(slug, (content) => {
    const entry = JSON.parse(content) as Entry;
    edit(entry);
    return JSON.stringify(entry, null, 2);
  });
function withMetadata(id: string, edit: (meta: Record<string, unknown>) => void): CatalogFiles {
  return withSource(id, (s) => {
    const meta = JSON.parse(s.metaContent!) as Record<string, unknown>;
    edit(meta);
    s.metaContent = JSON.stringify(meta, null, 2);
  });
}

/** Asserts the catalog is refused with a violation of `rule` at `file`/`path` whose message quotes `includes`. */
function expectViolation(files: CatalogFiles, rule: Rule, file: string, fieldPath: string, includes: string[]) {
  const result = verifyCatalog(files);
  assert.ok(!result.ok, 'the mutated catalog must not verify');
  const found = result.violations.find((v) => v.rule === rule && v.file === file && v.path === fieldPath);
  assert.ok(found, `no [${rule}] at ${file}: ${fieldPath}; got:\n${result.violations.map(formatViolation).join('\n')}`);
  for (const text of includes) assert.ok(found.message.includes(text), `"${found.message}" should contain "${text}"`);
  return result.violations;
}

test('the real catalog verifies', () => {
  const result = verifyCatalog(readCatalogFiles(ROOT));
  assert.ok(result.ok, result.ok ? '' : result.violations.map(formatViolation).join('\n'));
  assert.deepEqual(result.catalog.sources.map((s) => s.meta.id), ['article-000', 'article-004']);
});

describe('source files', () => {
  test('a missing source text [source-missing]', () => {
    const files = withSource('article-004', (s) => (s.textBytes = null));
    expectViolation(files, 'source-missing', sourceFile('article-004', 'txt'), '', ['"article-004"']);
  });

  test('a source text without its metadata [source-missing]', () => {
    const files = withSource('article-004', (s) => (s.metaContent = null));
    expectViolation(files, 'source-missing', sourceFile('article-004', 'json'), '', [sourceFile('article-004', 'txt')]);
  });

  test('an empty source text [source-empty]', () => {
    const files = withSource('article-000', (s) => (s.textBytes = new Uint8Array(0)));
    expectViolation(files, 'source-empty', sourceFile('article-000', 'txt'), '', ['empty']);
  });

  test('a source text that is not valid UTF-8 [source-utf8]', () => {
    const files = withSource('article-000', (s) => {
      const bytes = new Uint8Array(s.textBytes!);
      bytes[10] = 0xff;
      s.textBytes = bytes;
    });
    expectViolation(files, 'source-utf8', sourceFile('article-000', 'txt'), '', ['not valid UTF-8']);
  });

  test('a source text changed by one byte no longer matches its SHA-256 [source-hash]', () => {
    const files = withSource('article-000', (s) => {
      const text = Buffer.from(s.textBytes!);
      const at = text.indexOf('Hwasong-17');
      text[at + 9] = '8'.charCodeAt(0);
      s.textBytes = new Uint8Array(text);
    });
    const changed = files.sources.find((s) => s.id === 'article-000')!;
    const recorded = (JSON.parse(changed.metaContent!) as { sha256: string }).sha256;
    expectViolation(files, 'source-hash', sourceFile('article-000', 'txt'), '', [recorded, hashBytes(changed.textBytes!)]);
  });

  test('metadata whose id is not its file name [source-meta]', () => {
    const files = withMetadata('article-000', (m) => (m.id = 'article-001'));
    expectViolation(files, 'source-meta', sourceFile('article-000', 'json'), 'id', ['"article-001"', '"article-000"']);
  });

  test('metadata with a malformed digest names the value found [source-meta]', () => {
    const files = withMetadata('article-004', (m) => (m.sha256 = 'B9C465A6'));
    expectViolation(files, 'source-meta', sourceFile('article-004', 'json'), 'sha256', ['"B9C465A6"']);
  });

  test('a date marked stated that the article does not print [meta-stated]', () => {
    const files = withMetadata('article-000', (m) => (m.date = { status: 'stated', value: 'July 27, 2023', quote: 'July 27, 2023' }));
    expectViolation(files, 'meta-stated', sourceFile('article-000', 'json'), 'date.quote', ['"July 27, 2023"']);
  });

  test('a stated byline whose value is not in its quote [meta-stated]', () => {
    const files = withMetadata('article-000', (m) => {
      m.byline = { status: 'stated', value: 'MICHAEL LEEE', quote: 'BY MICHAEL LEE [lee.junhyuk@joongang.co.kr]' };
    });
    expectViolation(files, 'meta-stated', sourceFile('article-000', 'json'), 'byline.value', ['"MICHAEL LEEE"']);
  });
});

describe('entry files', () => {
  test('an empty entry file [entry-json]', () => {
    expectViolation(withEntryText('hwasong-12', () => '  \n'), 'entry-json', entryFile('hwasong-12'), '', ['empty']);
  });

  test('malformed JSON [entry-json]', () => {
    const files = withEntryText('hwasong-12', (c) => c.replace('"category": "missile",', '"category": "missile"'));
    expectViolation(files, 'entry-json', entryFile('hwasong-12'), '', ['not valid JSON', 'position']);
  });

  test('a broken entry is reported once, not again at every relation to it', () => {
    const files = withEntryText('hwasong-12', (c) => c.replace('"category": "missile",', '"category": "missile"'));
    const violations = expectViolation(files, 'entry-json', entryFile('hwasong-12'), '', []);
    assert.deepEqual(violations.map(formatViolation).filter((v) => !v.startsWith(entryFile('hwasong-12'))), []);
  });

  test('a fact label the schema does not know names the label found [entry-schema]', () => {
    const files = withEntry('hwasong-18', (e) => ((e.facts[0] as { label: string }).label = 'propelant'));
    expectViolation(files, 'entry-schema', entryFile('hwasong-18'), 'facts[0].label', ['"propelant"']);
  });

  test('a misspelt field [entry-schema]', () => {
    const files = withEntryText('hwasong-18', (c) => c.replace('"mentions"', '"mention"'));
    expectViolation(files, 'entry-schema', entryFile('hwasong-18'), '', ['"mention"']);
  });

  test('an entry file whose name is not its slug [entry-file-name]', () => {
    const files = readCatalogFiles(ROOT);
    files.entries.find((f) => f.file === entryFile('hwasong-17'))!.file = entryFile('hwasong17');
    expectViolation(files, 'entry-file-name', entryFile('hwasong17'), 'slug', ['"hwasong-17"', 'hwasong17.json']);
  });
});

describe('links between entries', () => {
  test('two entries with the same slug [slug-duplicate]', () => {
    const files = readCatalogFiles(ROOT);
    const copy = files.entries.find((f) => f.file === entryFile('hwasong-17'))!;
    files.entries.push({ file: entryFile('kn-22'), content: copy.content });
    expectViolation(files, 'slug-duplicate', entryFile('kn-22'), 'slug', ['"hwasong-17"', entryFile('hwasong-17')]);
  });

  test('a relation to an entry that does not exist [relation-unknown]', () => {
    const files = withEntry('hwasong-12', (e) => (e.relations[0]!.target = 'new-drone'));
    expectViolation(files, 'relation-unknown', entryFile('hwasong-12'), 'relations[0].target', ['"new-drone"']);
  });

  test('a relation of an entry to itself [relation-unknown]', () => {
    const files = withEntry('hwasong-12', (e) => (e.relations[0]!.target = 'hwasong-12'));
    expectViolation(files, 'relation-unknown', entryFile('hwasong-12'), 'relations[0].target', ['"hwasong-12"', 'itself']);
  });

  test('a passage naming the system that the entry no longer cites [mention-missing]', () => {
    // Launch, capability and photo are the Hwasong-17's only citations of the second article's caption.
    const files = withEntry('hwasong-17', (e) => (e.facts = e.facts.filter((f) => !f.citations.some((c) => c.source === 'article-004'))));
    expectViolation(files, 'mention-missing', entryFile('hwasong-17'), 'mentions', ['"Hwasong-17" occurs in article-004 caption-1']);
  });

  test('every problem is reported at once', () => {
    const files = withEntry('hwasong-12', (e) => {
      e.relations[0]!.target = 'new-drone';
      e.aliases.push('KN-22');
    });
    const violations = expectViolation(files, 'relation-unknown', entryFile('hwasong-12'), 'relations[0].target', []);
    assert.deepEqual(violations.map((v) => v.rule).sort(), ['alias-not-a-name', 'name-not-in-source', 'relation-unknown']);
  });
});
