import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { suggestForSource } from '../../catalog/ingest/suggestions';
import { sourceMetaSkeleton } from '../../catalog/ingest/source-skeleton';
import { readCatalogFiles } from '../../catalog/load';
import { segmentText } from '../../catalog/text/segment';
import { parseEntry } from '../../catalog/verify/verify-entries';
import { ViolationList } from '../../catalog/verify/violations';

// The candidates and references add-source offers on fixture articles in real-world layouts,
// against what was written down for each before the finder was built
// (tests/fixtures/articles/expected-candidates.json): precision and recall per fixture.
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIR = path.join(ROOT, 'tests/fixtures/articles');
const entries = readCatalogFiles(ROOT).entries.flatMap((f) => parseEntry(f, new ViolationList()) ?? []);

interface Expected {
  systems: string[];
  alsoWeapons: string[];
  references: [string, string][];
  never: string[];
}
const { about, ...fixtures } = JSON.parse(readFileSync(path.join(DIR, 'expected-candidates.json'), 'utf8')) as { about: string } & Record<string, Expected>;
void about;

function suggest(name: string) {
  const bytes = new Uint8Array(readFileSync(path.join(DIR, name)));
  const text = new TextDecoder().decode(bytes);
  const blocks = segmentText(text);
  const { meta } = sourceMetaSkeleton('fixture', name, bytes, blocks);
  return suggestForSource({ meta, text, blocks }, entries);
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const endsWithPhrase = (offered: string, expected: string) => same(offered, expected) || offered.toLowerCase().endsWith(` ${expected.toLowerCase()}`);

describe('candidate precision on fixtures in real-world layouts', () => {
  const rows: string[] = [];
  for (const [name, expected] of Object.entries(fixtures)) {
    test(name, () => {
      const { candidates, references } = suggest(name);
      const offered = candidates.map((c) => c.text);
      const weapons = [...expected.systems, ...expected.alsoWeapons];
      const systems = offered.filter((o) => weapons.some((w) => same(o, w)));
      const found = expected.systems.filter((s) => offered.some((o) => same(o, s)));
      const refsFound = expected.references.filter(([phrase, slug]) => references.some((r) => endsWithPhrase(r.text, phrase) && r.offers.some((o) => o.slug === slug)));
      rows.push(
        `${name}: ${offered.length} offered [${offered.join('; ')}], ${systems.length} systems` +
          ` (precision ${offered.length ? (systems.length / offered.length).toFixed(2) : '–'}, recall ${expected.systems.length ? (found.length / expected.systems.length).toFixed(2) : '–'});` +
          ` references ${refsFound.length}/${expected.references.length}`,
      );
      if (offered.length > 0) assert.ok(systems.length / offered.length >= 0.8, `precision below 80%: ${offered.join('; ')}`);
      assert.deepEqual(found, expected.systems, 'every expected system is offered');
      assert.deepEqual(refsFound, expected.references, 'every expected description is offered as a possible mention of its entry');
      for (const never of expected.never) assert.ok(!offered.some((o) => same(o, never)), `"${never}" is offered as a candidate`);
      assert.equal(new Set(offered.map((o) => o.toLowerCase())).size, offered.length, 'no duplicates that differ only in case');
    });
  }
  test('summary', () => {
    console.log(`candidate precision per fixture:\n  ${rows.join('\n  ')}`);
    assert.equal(rows.length, Object.keys(fixtures).length);
  });
});
