import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getCatalog } from '../../catalog/index';
import { catalogDesignations, findDesignations, readQuery } from '../../catalog/search/interpret-query';
import { ABBREVIATIONS, SPEC_QUESTIONS } from '../../catalog/search/query-terms';
import { memorySearchReader } from '../../catalog/views';

const catalogued = catalogDesignations(getCatalog().entries);
const read = (query: string) => readQuery(query, catalogued);

describe('designations in a query', () => {
  test('joined by a hyphen, nothing or (for capitals or a known name) a space; never a year', () => {
    assert.deepEqual(findDesignations('Hwasong-15 and KN-23 and MQ 9').map((d) => [d.base, d.number]), [['hwasong', '15'], ['kn', '23'], ['mq', '9']]);
    assert.deepEqual(findDesignations('the korean war 1950'), []);
    assert.deepEqual(findDesignations('Exhibition-2023'), []);
    assert.deepEqual(findDesignations('top 10 drones'), []);
    assert.deepEqual(findDesignations('hwasong 15', new Set(['hwasong'])).map((d) => d.number), ['15']);
    assert.deepEqual(findDesignations('%E0%A4%A'), []);
  });

  test('the catalog’s own: every Hwasong, the MQ 9 and the 122-millimeter calibre', () => {
    assert.deepEqual(
      catalogued.map((c) => `${c.slug}:${c.designation.base}-${c.designation.number}`).sort(),
      ['122-millimeter-shells:millimeter-122', 'hwasong-12:hwasong-12', 'hwasong-17:hwasong-17', 'hwasong-18:hwasong-18', 'mq-9-reaper:mq-9'],
    );
  });

  test('a different number is a different system', () => {
    const { designations, unnamed } = read('hwasong 19');
    assert.deepEqual(unnamed, ['hwasong 19']);
    assert.deepEqual(designations[0]!.others, ['hwasong-12', 'hwasong-17', 'hwasong-18']);
  });

  test('a slip in the letters is forgiven, and flagged as forgiven', () => {
    const [d] = read('hwasnog 17').designations;
    assert.deepEqual([d!.matches, d!.forgiven], [['hwasong-17'], true]);
    assert.deepEqual(read('Hwasong-17').designations[0]!.forgiven, false);
  });

  test('a calibre is a designation too: "152-millimeter" is not the 122-millimeter shells', () => {
    assert.deepEqual(read('152-millimeter shells').unnamed, ['152-millimeter']);
    assert.deepEqual(read('122 mm').designations[0]!.matches, ['122-millimeter-shells']);
  });
});

describe('the tables of query-terms.ts', () => {
  for (const a of ABBREVIATIONS) {
    test(`"${a.example}" is written out`, () => {
      assert.notEqual(read(a.example).searchText, a.example);
      assert.match(read(a.example).searchText, /millimeter|multiple rocket launcher/);
    });
  }
  for (const q of SPEC_QUESTIONS) {
    test(`"hwasong-17 ${q.words[0]}" asks for ${q.spec}`, () => {
      const reading = read(`hwasong-17 ${q.words[0]}`);
      assert.equal(reading.spec?.spec, q.spec);
      assert.equal(reading.searchText, 'hwasong-17');
    });
  }
  test('a specification word alone, or inside a compound, is a word to find', () => {
    assert.equal(read('range').spec, undefined);
    assert.equal(read('solid-fuel').spec, undefined);
  });
});

describe('the site’s search says first what it must', () => {
  const reader = memorySearchReader();
  test('"Hwasong-15": not named, and the Hwasong entries as other systems', async () => {
    const answer = await reader.search('Hwasong-15');
    assert.match(answer.notice ?? '', /^“Hwasong-15” is not named in these sources\. Other systems with a similar designation, which are not the same system: Hwasong-12, Hwasong-17, Hwasong-18\.$/);
    assert.equal(answer.entriesHeading, 'Other systems');
  });

  test('"hwasong-17 range": not stated, and the Hwasong-17 first', async () => {
    const answer = await reader.search('hwasong-17 range');
    assert.equal(answer.notice, 'Hwasong-17 — Range: not stated in these sources.');
    assert.equal(answer.hits[0]?.title, 'Hwasong-17');
  });

  test('"122mm" and "MRL" find their systems', async () => {
    assert.equal((await reader.search('122mm')).hits[0]?.title, '122-millimeter shells');
    assert.equal((await reader.search('MRL')).hits[0]?.title, 'multiple rocket launcher rounds');
  });

  test('a specification is answered only for a system the query names', async () => {
    assert.equal((await reader.search('pyongyang range')).notice, undefined);
  });

  test('an entry’s result line carries its speaker and certainty', async () => {
    const hit = (await reader.search('solid-fuel')).hits.find((h) => h.title === 'Hwasong-18');
    assert.equal(hit?.snippet, 'Propellant: North Korea claimed: solid-fuel');
  });
});
