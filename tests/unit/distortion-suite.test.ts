import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { getCatalog } from '../../catalog/index';
import { readCatalogFiles } from '../../catalog/load';
import { verifyCatalog } from '../../catalog/verify/verify';
import { formatViolation } from '../../catalog/verify/violations';
import type { Entry } from '../../catalog/schema/entry';
import { DistortionGenerator, type Distortion } from './support/catalog-distortions';
import { ROOT } from './support/catalog-files';

/**
 * Distortions generated from the real catalog (tests/unit/support/catalog-distortions.ts): each
 * must be refused with one of its rules, at the statement it distorts. Each case verifies the
 * meanings of the one entry it changes; the figures are printed per kind.
 */
const catalog = getCatalog(ROOT);
const files = readCatalogFiles(ROOT);
const raw = new Map(files.entries.map((f) => [f.file.replace(/^catalog\/entries\/|\.json$/g, ''), JSON.parse(f.content) as Entry]));
const distortions = new DistortionGenerator(catalog).all();
const caught = new Map<string, number>();
const fixes = { suggested: 0, restored: 0 };
const total = new Map<string, number>();
for (const d of distortions) total.set(d.kind, (total.get(d.kind) ?? 0) + 1);

/** A statement's certainty, polarity and speaker chain, with the defaults filled in. */
const meaningOf = (s: Record<string, unknown>) => JSON.stringify([s.certainty ?? 'certain', s.polarity ?? 'positive', s.speaker ?? []]);
const at = (e: Entry, path: string) => path.split(/[.[\]]+/).filter(Boolean).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, e as unknown as Record<string, unknown>);

function run(d: Distortion) {
  const all = new Map([...raw].map(([slug, e]) => [slug, structuredClone(e)]));
  const slug = d.file.replace(/^catalog\/entries\/|\.json$/g, '');
  d.apply(all.get(slug)!, all);
  const edited = readCatalogFiles(ROOT);
  for (const f of edited.entries) {
    const e = all.get(f.file.replace(/^catalog\/entries\/|\.json$/g, ''))!;
    f.content = JSON.stringify(e, null, 2);
  }
  return verifyCatalog(edited, { only: d.file });
}

describe('every distortion of the real catalog is refused with its rule', () => {
  after(() => {
    const lines = [...total].map(([kind, n]) => `  ${kind}: ${caught.get(kind) ?? 0}/${n}`);
    const sum = [...caught.values()].reduce((a, b) => a + b, 0);
    console.log(`distortion suite: ${sum}/${distortions.length} distortions caught\n${lines.join('\n')}`);
    console.log(`  fixes suggested: ${fixes.suggested}, each tried by the verifier; ${fixes.restored} of them restore the statement's certainty, polarity and speaker`);
  });

  test('there are at least 500 of them, of every kind', () => {
    assert.ok(distortions.length >= 500, `${distortions.length} distortions`);
    assert.ok(total.size >= 9, [...total.keys()].join(', '));
  });

  for (const d of distortions) {
    test(`${d.kind}: ${d.title}`, () => {
      const result = run(d);
      assert.ok(!result.ok, 'the distorted catalog must not verify');
      const hit = result.violations.find((v) => v.file === d.file && (v.path === d.at || v.path.startsWith(`${d.at}.`) || v.path.startsWith(`${d.at}[`)) && d.rules.includes(v.rule));
      assert.ok(hit, `expected [${d.rules.join(' or ')}] at ${d.file}: ${d.at}; got:\n${result.violations.map(formatViolation).join('\n')}`);
      caught.set(d.kind, (caught.get(d.kind) ?? 0) + 1);
      // A suggested fix, applied, must give back the statement as its passage gives it, not merely verify.
      const fix = result.violations.find((v) => v.file === d.file && v.fix && (v.fix.statement === d.at || d.at.startsWith(`${v.fix.statement}.`)))?.fix;
      if (fix) {
        fixes.suggested++;
        const all = new Map([...raw].map(([slug, e]) => [slug, structuredClone(e)]));
        const slug = d.file.replace(/^catalog\/entries\/|\.json$/g, '');
        d.apply(all.get(slug)!, all);
        const fixed = at(all.get(slug)!, fix.statement);
        Object.assign(fixed, fix.patch);
        const origin = d.origin ?? { slug, at: fix.statement };
        assert.equal(meaningOf(fixed), meaningOf(at(raw.get(origin.slug)!, origin.at)), `the suggested fix ${JSON.stringify(fix.patch)} does not restore the statement`);
        fixes.restored++;
      }
    });
  }
});
