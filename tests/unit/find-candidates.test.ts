import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findCandidates } from '../../catalog/text/find-candidates';
import { findMentions } from '../../catalog/text/mentions';
import { segmentText } from '../../catalog/text/segment';

const texts = (raw: string, known: string[] = []) => {
  const blocks = segmentText(raw);
  return findCandidates(blocks, findMentions(blocks, known)).map((c) => `${c.kind}: ${c.text}`);
};

describe('findCandidates', () => {
  test('name-number designations, with or without a hyphen, but not years', () => {
    assert.deepEqual(texts('Su-27 jets escorted an MQ-9 and an MQ 9 near the Weaponry Exhibition-2023 site.'), [
      'designation: Su-27',
      'designation: MQ-9',
      'designation: MQ 9',
    ]);
  });

  test('calibers with the noun they describe', () => {
    assert.deepEqual(texts('It fired 240-millimeter rockets and 122 mm of shells.'), ['caliber: 240-millimeter rockets', 'caliber: 122 mm']);
  });

  test('phrases ending in UAV, drone, missile or rocket, cut at verbs, stopwords and designations', () => {
    assert.deepEqual(texts('State media released a clip of the combat drone firing missiles and a new Hwasong-19 missile.'), [
      'phrase: combat drone',
      'phrase: Hwasong-19 missile',
    ]);
  });

  test('a verb before the head noun is not part of the name: "carry missiles", "launch rockets"', () => {
    assert.deepEqual(texts('The larger model appeared to carry missiles under its wings.'), []);
    assert.deepEqual(texts('They launch rockets from new mobile launchers and showed new combat drones.'), ['phrase: new combat drones']);
  });

  test('what the catalog already names is not a candidate (a real passage of the second article)', () => {
    const passage =
      '“Observers in Seoul noted the UAVs appeared similar to the American-made Global Hawk, a remotely piloted high-altitude surveillance aircraft, and the MQ 9 Reaper, a hunter-killer UAV.”';
    assert.deepEqual(texts(passage, ['MQ 9 Reaper', 'Global Hawk', 'UAVs']), ['phrase: hunter-killer UAV']);
  });
});
