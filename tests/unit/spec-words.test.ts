import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getCatalog } from '../../catalog/index';
import { holdsWord } from '../../catalog/text/label-words';
import { SPEC_WORDS } from '../../catalog/text/spec-words';
import { SPEC_LABELS, type SpecLabel } from '../../catalog/labels';
import { ROOT } from './support/catalog-files';

/**
 * Which specifications each entry's passages speak to, read by hand from the two articles
 * (stated by a fact or not): everything else must come out "not stated in these sources".
 *   hwasong-12: speed ("hypersonic glide vehicle-mounted")
 *   hwasong-18: range ("hitting most points on Earth"), propellant ("solid-fuel"), maker ("claims to have developed")
 *   intercontinental ballistic missiles: range ("reaching the continental U.S."), payload and warhead
 *     ("carrying nuclear warheads"), maker ("homemade ICBMs")
 *   new UAV: crew ("unmanned", in its name only)
 *   Global Hawk: crew ("remotely piloted"), maker ("American-made")
 *   artillery shells: quantity ("millions of")
 *   122-millimeter shells: dimensions (the calibre, in its name only)
 *   Hwasong-17, MQ 9 Reaper, multiple rocket launcher rounds: none
 */
const SPOKEN_TO: Record<string, SpecLabel[]> = {
  'hwasong-12': ['speed'],
  'hwasong-17': [],
  'hwasong-18': ['range', 'propellant', 'maker'],
  'intercontinental-ballistic-missiles': ['range', 'payload', 'warhead', 'maker'],
  'new-uav': ['crew'],
  'global-hawk': ['crew', 'maker'],
  'mq-9-reaper': [],
  'artillery-shells': ['quantity'],
  '122-millimeter-shells': ['dimensions'],
  'multiple-rocket-launcher-rounds': [],
};

describe('the words that speak to each specification', () => {
  for (const [label, row] of Object.entries(SPEC_WORDS) as [SpecLabel, (typeof SPEC_WORDS)[SpecLabel]][]) {
    test(`${SPEC_LABELS[label]}: "${row.example.speaks}" speaks to it, "${row.example.silent}" does not`, () => {
      assert.ok(holdsWord(row.example.speaks, row.words), row.example.speaks);
      assert.equal(holdsWord(row.example.silent, row.words), undefined, row.example.silent);
    });
  }
});

describe('"not stated" is derived from the passages, entry by entry, as read by hand', () => {
  const catalog = getCatalog(ROOT);
  test('the grid covers every entry', () => {
    assert.deepEqual(Object.keys(SPOKEN_TO).sort(), catalog.entries.map((e) => e.slug).sort());
  });
  for (const entry of catalog.entries) {
    test(entry.slug, () => {
      const spoken = entry.specs.filter((s) => s.status !== 'not-stated').map((s) => s.label).sort();
      assert.deepEqual(spoken, [...SPOKEN_TO[entry.slug]!].sort());
      for (const s of entry.specs) {
        if (s.status === 'stated') assert.ok(s.facts.length > 0 && s.passages.length === 0);
        if (s.status === 'passage-only') assert.ok(s.facts.length === 0 && s.passages.every((p) => catalog.sources.find((x) => x.meta.id === p.source)!.text.slice(p.start, p.end) === p.sentence));
      }
    });
  }
});
