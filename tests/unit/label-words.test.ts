import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { holdsWord, LABEL_WORDS, withoutDates } from '../../catalog/text/label-words';
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

describe('a number-needing label is not met by a date', () => {
  test('weekdays, months with their day and year, a year after "in", and clock times are blanked; counts are kept', () => {
    assert.equal(withoutDates('Friday, Nov. 18, 2022').trim(), ',');
    assert.equal(withoutDates('tested in 2017').trim(), 'tested in');
    assert.equal(withoutDates('at 10:30 a.m.').trim(), 'at');
    assert.equal(withoutDates('millions of artillery shells'), 'millions of artillery shells');
    assert.equal(withoutDates('of 2000 shells'), 'of 2000 shells');
  });
});
