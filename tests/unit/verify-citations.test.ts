import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCatalogFiles } from '../../catalog/load';
import { verifyCatalog } from '../../catalog/verify/verify';
import { formatViolation } from '../../catalog/verify/violations';
import { entryFile, expectViolation, ROOT, withEntry } from './support/catalog-files';

// Citations and what an entry says in its own words. Every mutation is made in memory on the
// real catalog's files; source and entry-file rules are in verify.test.ts.
describe('citations', () => {
  test('a citation of a source the catalog does not have [source-unknown]', () => {
    const files = withEntry('hwasong-12', (e) => (e.facts[0]!.citations[0]!.source = 'article-001'));
    expectViolation(files, 'source-unknown', entryFile('hwasong-12'), 'facts[0].citations[0].source', ['"article-001"', 'article-000, article-004']);
  });

  test('a block id its source does not have [block-unknown]', () => {
    const files = withEntry('hwasong-17', (e) => (e.facts[0]!.citations[0]!.block = 'paragraph-99'));
    expectViolation(files, 'block-unknown', entryFile('hwasong-17'), 'facts[0].citations[0].block', ['"paragraph-99"', '"article-000"']);
  });

  test('a block id pointing at the wrong block says where the quote is [quote-block]', () => {
    const files = withEntry('hwasong-17', (e) => (e.facts[0]!.citations[0]!.block = 'paragraph-4'));
    expectViolation(files, 'quote-block', entryFile('hwasong-17'), 'facts[0].citations[0].quote', [
      'a camouflage-painted Hwasong-17 intercontinental ballistic missile',
      '"paragraph-4"',
      'it occurs in paragraph-3',
    ]);
  });

  test('a quote with one character changed, and the passage it should be [quote-not-found]', () => {
    const files = withEntry('hwasong-17', (e) => {
      e.facts[0]!.citations[0]!.quote = 'a camouflage-painted Hwasong-17 intercontinental ballistic missle';
    });
    expectViolation(files, 'quote-not-found', entryFile('hwasong-17'), 'facts[0].citations[0].quote', [
      '"a camouflage-painted Hwasong-17 intercontinental ballistic missle"',
      'Closest passage (paragraph-3, 1 edit away): "a camouflage-painted Hwasong-17 intercontinental ballistic missile"',
    ]);
  });

  test('curly quotation marks typed as straight ones [quote-not-found]', () => {
    const files = withEntry('hwasong-18', (e) => {
      const c = e.facts[1]!.citations[0]!;
      assert.ok(c.quote.endsWith('capable of hitting “most points on Earth.”'), 'fixture: the fact cites the curly quote');
      c.quote = c.quote.replace('“', '"').replace('”', '"');
    });
    expectViolation(files, 'quote-not-found', entryFile('hwasong-18'), 'facts[1].citations[0].quote', [
      'United Nations officials said in a Security Council meeting',
      'Closest passage (paragraph-11, 2 edits away)',
      'capable of hitting “most points on Earth.”',
    ]);
  });

  test('a quote that occurs twice, cited without saying which [quote-ambiguous]', () => {
    const files = withEntry('hwasong-17', (e) => {
      e.facts[0]!.citations[0] = { source: 'article-000', quote: 'Hwasong-17 intercontinental ballistic missile' };
    });
    expectViolation(files, 'quote-ambiguous', entryFile('hwasong-17'), 'facts[0].citations[0].quote', [
      '"Hwasong-17 intercontinental ballistic missile" occurs 2 times',
      'caption-1, paragraph-3',
    ]);
  });

  test('a quote found only in the repeat of a caption resolves to the first copy', () => {
    const result = verifyCatalog(readCatalogFiles(ROOT));
    assert.ok(result.ok);
    const hwasong12 = result.catalog.entries.find((e) => e.slug === 'hwasong-12')!;
    const caption = hwasong12.citations.filter((c) => c.quote.startsWith('A Hwasong-12 hypersonic guide vehicle'));
    assert.deepEqual([...new Set(caption.map((c) => c.block))], ['caption-2']);
  });
});

describe('what an entry says', () => {
  test('a fact value that is not in its quote [value-not-in-quote]', () => {
    const files = withEntry('hwasong-18', (e) => (e.facts[0]!.value = 'liquid-fuel-powered'));
    expectViolation(files, 'value-not-in-quote', entryFile('hwasong-18'), 'facts[0].value', ['"liquid-fuel-powered"']);
  });

  test('an alias that occurs in no source [name-not-in-source]', () => {
    const files = withEntry('hwasong-17', (e) => e.aliases.push('KN-22'));
    expectViolation(files, 'name-not-in-source', entryFile('hwasong-17'), 'aliases[0]', ['"KN-22"']);
  });

  test('a category that is no phrase of the cited quotes [category-not-in-quote]', () => {
    const files = withEntry('hwasong-17', (e) => (e.category = 'long-range missile'));
    expectViolation(files, 'category-not-in-quote', entryFile('hwasong-17'), 'category', ['"long-range missile"']);
  });

  test('an invented number in a note [digits-not-cited]', () => {
    const files = withEntry('hwasong-17', (e) => e.notes.push('Its range is put at 15,000 kilometers.'));
    expectViolation(files, 'digits-not-cited', entryFile('hwasong-17'), 'notes[1]', ['"15,000"', 'Its range is put at 15,000 kilometers.']);
  });

  test('a number a note takes from a cited quote is allowed', () => {
    const files = withEntry('122-millimeter-shells', (e) => e.notes.push('Listed under the 122 of its name, as printed.'));
    const result = verifyCatalog(files);
    assert.ok(result.ok, result.ok ? '' : result.violations.map(formatViolation).join('\n'));
  });

  test('"not stated" cannot be written by hand: it is derived from the passages [entry-schema]', () => {
    const files = withEntry('hwasong-18', (e) => Object.assign(e, { notStated: ['range'] }));
    expectViolation(files, 'entry-schema', entryFile('hwasong-18'), '', ['"notStated"']);
  });
});
