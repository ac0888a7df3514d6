import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findCandidates, readCandidates } from '../../catalog/text/find-candidates';
import { findMentions } from '../../catalog/text/mentions';
import { segmentText } from '../../catalog/text/segment';

const texts = (raw: string, known: string[] = []) => {
  const blocks = segmentText(raw);
  return findCandidates(blocks, findMentions(blocks, known)).map((c) => `${c.kind}: ${c.text}`);
};

describe('findCandidates', () => {
  test('name-number designations, with or without a hyphen, but not years; with the noun phrase they head', () => {
    assert.deepEqual(texts('Su-27 jets escorted an MQ-9 and an MQ 9 near the Weaponry Exhibition-2023 site.'), [
      'designation: Su-27 jets',
      'designation: MQ-9',
      'designation: MQ 9',
    ]);
  });

  test('calibers with the whole noun phrase they measure; a calibre without its noun is left out, and said so', () => {
    assert.deepEqual(texts('It fired 240-millimeter rockets and 122 mm of shells.'), ['caliber: 240-millimeter rockets']);
    assert.deepEqual(texts('Lists include 152-millimeter artillery shells and 122-millimeter multiple rocket launchers.'), [
      'caliber: 152-millimeter artillery shells',
      'caliber: 122-millimeter multiple rocket launchers',
    ]);
    const blocks = segmentText('It fired 122 mm of shells.');
    assert.deepEqual(readCandidates(blocks, []).leftOut.map((l) => `${l.text}: ${l.why}`), ['122 mm: a calibre without the noun it measures']);
  });

  test('phrases ending in a weapon noun, cut at verbs, function words and designations, kept whole to their last noun', () => {
    assert.deepEqual(texts('State media released a clip of the combat drone firing missiles and a new Hwasong-19 missile.'), [
      'phrase: combat drone',
      'designation: Hwasong-19 missile',
    ]);
    assert.deepEqual(texts('Analysts listed Grad multiple launch rocket systems.'), ['phrase: Grad multiple launch rocket systems']);
    assert.deepEqual(texts('A drone flew past, while another drone hung from the ceiling.'), []);
  });

  test('a verb before the head noun is not part of the name: "carry missiles", "launch rockets"', () => {
    assert.deepEqual(texts('The larger model appeared to carry missiles under its wings.'), []);
    assert.deepEqual(texts('They launch rockets from new mobile launchers and showed new combat drones.'), [
      'phrase: new mobile launchers',
      'phrase: new combat drones',
    ]);
  });

  test('what is not a weapon is left out with why: a disease, an organisation, a compound that names something else', () => {
    const blocks = segmentText("Since the Covid-19 pandemic, the General Missile Bureau, which runs the North's rocket forces, has hired a think tank.");
    const { candidates, leftOut } = readCandidates(blocks, []);
    assert.deepEqual(candidates, []);
    assert.deepEqual(leftOut.map((l) => l.text), ['Covid-19', 'General Missile Bureau', 'rocket forces', 'think tank']);
    assert.match(leftOut[0]!.why, /"Covid-19" names a disease/);
    assert.deepEqual(readCandidates(segmentText('Before the G-7 summit, it tested the KN-25.'), []).leftOut.map((l) => l.text), ['G-7']);
    assert.deepEqual(readCandidates(segmentText('The Hwasong-20 launch was delayed.'), []).candidates.map((c) => c.text), ['Hwasong-20']);
  });

  test('what the catalog already names is not a candidate (a real passage of the second article)', () => {
    const passage =
      '“Observers in Seoul noted the UAVs appeared similar to the American-made Global Hawk, a remotely piloted high-altitude surveillance aircraft, and the MQ 9 Reaper, a hunter-killer UAV.”';
    // The descriptions in apposition are candidates here; linking them to their entries comes next (suggestions).
    assert.deepEqual(texts(passage, ['MQ 9 Reaper', 'Global Hawk', 'UAVs']), ['phrase: high-altitude surveillance aircraft', 'phrase: hunter-killer UAV']);
  });
});
