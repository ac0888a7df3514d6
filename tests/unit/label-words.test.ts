import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { holdsWord, LABEL_WORDS } from '../../catalog/text/label-words';
import { FACT_LABELS, type FactLabel } from '../../catalog/labels';

describe('every fact label says what its values must speak of, with an example that fits and one that does not', () => {
  test('every label of FACT_LABELS has a row', () => {
    assert.deepEqual(Object.keys(LABEL_WORDS).sort(), Object.keys(FACT_LABELS).sort());
  });
  for (const [label, row] of Object.entries(LABEL_WORDS) as [FactLabel, (typeof LABEL_WORDS)[FactLabel]][]) {
    if (row.any) continue;
    test(`${FACT_LABELS[label]}: "${row.example.fits}" fits${row.example.doesNot ? `, "${row.example.doesNot}" does not` : ''}`, () => {
      const fits = holdsWord(row.example.fits, [...row.words, ...(row.ownPhrase ?? [])]);
      assert.ok(fits, row.example.fits);
      if (row.example.doesNot) assert.equal(holdsWord(row.example.doesNot, row.words), undefined, row.example.doesNot);
    });
  }
});
