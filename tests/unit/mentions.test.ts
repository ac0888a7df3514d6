import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { findMentions, namePattern } from '../../catalog/text/mentions';
import { segmentText } from '../../catalog/text/segment';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (id: string) => readFileSync(path.join(ROOT, 'catalog/sources', `${id}.txt`), 'utf8');
const first = read('article-000');
const second = read('article-004');
const firstBlocks = segmentText(first);
const secondBlocks = segmentText(second);

const CAPTION = 'North Korea’s state media said its leader Kim oversaw the launch of the Hwasong-17 missile';
const matches = (name: string, text: string) => [...text.matchAll(namePattern(name))].map((m) => m[0]);

describe('namePattern', () => {
  test('ignores case', () => {
    assert.deepEqual(matches('hwasong-17', CAPTION), ['Hwasong-17']);
    assert.deepEqual(matches('HWASONG-17', CAPTION), ['Hwasong-17']);
  });

  test('a hyphen, a space or nothing between the parts of a name are alike', () => {
    for (const spelling of ['Hwasong-17', 'Hwasong 17', 'hwasong17', 'Hwasong\u00a017']) {
      assert.deepEqual(matches('Hwasong-17', CAPTION.replace('Hwasong-17', spelling)), [spelling], spelling);
    }
    assert.deepEqual(matches('MQ 9 Reaper', 'the MQ-9 Reaper, a hunter-killer UAV'), ['MQ-9 Reaper']);
  });

  test('accepts a plural s', () => {
    const passage = 'Japan’s Kyodo News claimed they appeared to be Hwasong-18s.';
    assert.deepEqual(matches('Hwasong-18', passage), ['Hwasong-18s']);
    assert.deepEqual(matches('ICBM', 'reported that Kim showed Shoigu homemade ICBMs and other'), ['ICBMs']);
  });

  test('matches whole words only', () => {
    assert.deepEqual(matches('Hwasong-17', CAPTION.replace('Hwasong-17', 'Hwasong-170')), []);
    assert.deepEqual(matches('Hwasong-1', CAPTION), []);
    assert.deepEqual(matches('UAV', 'a new unmanned aerial vehicle (UAV) resembling'), ['UAV']);
    assert.deepEqual(matches('Global Hawk', 'the U.S. surveillance aircraft Global Hawkeye'), []);
  });

  test('a name with punctuation is matched literally', () => {
    assert.deepEqual(matches('U.S.', 'resembling the U.S. surveillance aircraft Global Hawk'), ['U.S.']);
    assert.deepEqual(matches('U.S.', 'resembling the UxSx surveillance aircraft'), []);
  });
});

describe('findMentions', () => {
  test('finds every occurrence in the blocks, with offsets into the raw source', () => {
    const found = findMentions(secondBlocks, ['Hwasong-18']);
    assert.deepEqual(
      found.map((m) => [m.block, m.text]),
      [['paragraph-11', 'Hwasong-18'], ['paragraph-11', 'Hwasong-18'], ['paragraph-12', 'Hwasong-18s']],
    );
    for (const m of found) assert.equal(second.slice(m.start, m.end), m.text);
  });

  test('overlapping names of the same system count once, as the longest', () => {
    const found = findMentions(secondBlocks, ['Hwasong-18', 'Hwasong-18s']);
    assert.deepEqual(found.filter((m) => m.block === 'paragraph-12').map((m) => m.text), ['Hwasong-18s']);
    const aircraft = findMentions(firstBlocks, ['Global Hawk', 'U.S. surveillance aircraft Global Hawk']);
    assert.deepEqual(aircraft.map((m) => [m.block, m.text]), [['paragraph-3', 'U.S. surveillance aircraft Global Hawk']]);
  });

  test('names next to each other stay separate mentions', () => {
    const names = ['new unmanned aerial vehicle', 'UAVs'];
    const found = findMentions(secondBlocks, names).filter((m) => m.block === 'paragraph-10');
    assert.deepEqual(found.map((m) => m.text), ['new unmanned aerial vehicles', 'UAVs', 'UAVs']);
  });

  test('finds a name in both copies of a caption printed twice', () => {
    const found = findMentions(firstBlocks, ['Hwasong-12']);
    assert.deepEqual(found.map((m) => m.block), ['paragraph-3', 'caption-2', 'caption-2-repeat']);
  });
});
