import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCandidates, weaponKindOf } from '../../catalog/text/find-candidates';
import { segmentText } from '../../catalog/text/segment';
import { HEAD_ROWS, NOT_DESIGNATIONS, NOT_WEAPON_PHRASES } from '../../catalog/text/weapon-lexicon';

const read = (sentence: string) => readCandidates(segmentText(`Analysts said ${sentence}.`), []);

describe('weapon lexicon: each row fits its example', () => {
  for (const row of HEAD_ROWS) {
    test(`${row.kind}: "${row.example}"`, () => {
      const { candidates } = read(`the war saw ${row.example} in use`);
      assert.ok(candidates.some((c) => c.text.toLowerCase().endsWith(row.example.toLowerCase()) && c.weapon === row.kind), JSON.stringify(candidates.map((c) => [c.text, c.weapon])));
      assert.equal(weaponKindOf(row.example), row.kind);
    });
  }
  for (const row of NOT_DESIGNATIONS) {
    test(`not a designation, ${row.why}: "${row.example}"`, () => {
      const { candidates, leftOut } = read(row.example);
      assert.deepEqual(candidates, []);
      assert.ok(leftOut.some((l) => l.why.includes(row.why)), JSON.stringify(leftOut));
    });
  }
  for (const row of NOT_WEAPON_PHRASES) {
    test(`not a weapon: "${row.example}"`, () => {
      const { candidates, leftOut } = read(row.example);
      assert.deepEqual(candidates.filter((c) => c.text.toLowerCase().includes(row.words.split(' ')[1]!)), []);
      assert.ok(leftOut.some((l) => l.why.includes(row.words)), JSON.stringify(leftOut));
    });
  }
  test('a launcher is never a shell: the kind follows the last noun, and "rounds" and "systems" take theirs from the weapon word before them', () => {
    assert.equal(weaponKindOf('122-millimeter multiple rocket launchers'), 'launcher');
    assert.equal(weaponKindOf('multiple rocket launcher rounds'), 'shell');
    assert.equal(weaponKindOf('Grad multiple launch rocket systems'), 'launcher');
    assert.equal(weaponKindOf('a round of talks'), undefined);
    assert.equal(weaponKindOf('Global Hawk'), undefined);
  });
});
