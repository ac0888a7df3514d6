import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCatalogFiles } from '../../catalog/load';
import { verifyCatalog } from '../../catalog/verify/verify';
import { formatViolation, type Rule } from '../../catalog/verify/violations';
import { RULE_BOOK } from '../../catalog/verify/rule-book';
import { ROOT } from './support/catalog-files';

const rules = Object.entries(RULE_BOOK) as [Rule, (typeof RULE_BOOK)[Rule]][];

describe('the rule book: every rule is broken by its invalid examples, and its valid ones verify', () => {
  test('every rule has an invalid example and a description', () => {
    for (const [rule, doc] of rules) {
      assert.ok(doc.invalid.length > 0, `${rule} has no invalid example`);
      assert.ok(doc.description.length > 10, `${rule} has no description`);
    }
  });

  test('only the rules the engine cannot judge may be overridden: an ambiguous reference, a "kind of" inside its subject’s words', () => {
    const overridable = rules.filter(([, d]) => d.overridable).map(([r]) => r);
    assert.deepEqual(overridable.sort(), ['reference-ambiguous', 'relation-unsupported']);
  });

  for (const [rule, doc] of rules) {
    for (const ex of doc.invalid) {
      test(`[${rule}] refuses: ${ex.title}`, () => {
        const files = readCatalogFiles(ROOT);
        ex.apply(files);
        const result = verifyCatalog(files);
        assert.ok(!result.ok, 'the edited catalog must not verify');
        const hit = result.violations.find((v) => v.rule === rule && v.file === ex.file && (ex.path === undefined || v.path === ex.path));
        assert.ok(hit, `no [${rule}] at ${ex.file}${ex.path ? `: ${ex.path}` : ''}; got:\n${result.violations.map(formatViolation).join('\n')}`);
      });
    }
    for (const ex of doc.valid) {
      test(`[${rule}] accepts: ${ex.title}`, () => {
        const files = readCatalogFiles(ROOT);
        ex.apply(files);
        const result = verifyCatalog(files);
        assert.ok(result.ok, result.ok ? '' : result.violations.map(formatViolation).join('\n'));
      });
    }
  }
});
