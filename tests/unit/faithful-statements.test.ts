import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCatalogFiles } from '../../catalog/load';
import { editEntry } from '../../catalog/verify/rule-book';
import { verifyCatalog } from '../../catalog/verify/verify';
import { formatViolation } from '../../catalog/verify/violations';
import type { Fact, Relation } from '../../catalog/schema/entry';
import { ROOT } from './support/catalog-files';

/**
 * Statements the catalog does not hold yet, each read word by word against its passage and
 * written as a careful curator would: every one must verify (no false alarm). Among them, a
 * value that a negated sentence presupposes rather than negates, and a reporting verb that
 * governs only a relative clause.
 */
type NewFact = Omit<Fact, 'certainty' | 'polarity' | 'cues' | 'speaker' | 'overrides'> & Partial<Fact>;
type NewRelation = Omit<Relation, 'certainty' | 'polarity' | 'cues' | 'speaker' | 'overrides'> & Partial<Relation>;

const fact = (f: NewFact): Fact => ({ certainty: 'certain', polarity: 'positive', cues: [], speaker: [], overrides: [], ...f });
const relation = (r: NewRelation): Relation => ({ certainty: 'certain', polarity: 'positive', cues: [], speaker: [], overrides: [], ...r });
const a000 = (quote: string, block?: string) => ({ source: 'article-000', quote, ...(block && { block }) });
const a004 = (quote: string) => ({ source: 'article-004', quote });
const VOA = { party: 'Voice of America', cue: 'reported' };
const OBSERVERS = { party: 'Observers in Seoul', cue: 'noted' };
const OBSERVED =
  'Voice of America reported. “Observers in Seoul noted the UAVs appeared similar to the American-made Global Hawk, a remotely piloted high-altitude surveillance aircraft, and the MQ 9 Reaper, a hunter-killer UAV.”';
const ACCUSED =
  'The United States has accused North Korea of supplying arms including millions of artillery shells to Russia in support of the latter’s ongoing invasion of Ukraine, which the North has denied.';
const DISPLAYED =
  'At the exhibition, a camouflage-painted Hwasong-17 intercontinental ballistic missile and a Hwasong-12 hypersonic glide vehicle-mounted ballistic missile were displayed in plain sight, along with reconnaissance and combat variants of a new unmanned aerial vehicle (UAV)';

const STATEMENTS: { title: string; slug: string; facts?: Fact[]; relations?: Relation[] }[] = [
  {
    title: 'presupposed under a negation: the ICBMs were present, though Voice of America did not identify their model',
    slug: 'intercontinental-ballistic-missiles',
    facts: [fact({ label: 'exhibition', subject: 'ICBMs', value: 'present for the exhibition Shoigu attended', citations: [a004('Voice of America did not identify the model ICBMs present for the exhibition Shoigu attended')] })],
  },
  {
    title: 'a report that governs only a relative clause: the Hwasong-18 was tested in mid-July, in the article’s own words',
    slug: 'hwasong-18',
    facts: [fact({ label: 'testing', subject: 'The latest model', refersTo: 'the Hwasong-18', value: 'was tested in mid-July', citations: [a004('The latest model North Korea claims to have developed was tested in mid-July. Named the Hwasong-18,')] })],
  },
  {
    title: 'the footage of the two models in flight',
    slug: 'new-uav',
    facts: [fact({ label: 'footage', subject: 'new UAV', value: 'aerial footage of the two new UAV models in flight', citations: [a000('released aerial footage of the two new UAV models in flight')] })],
  },
  {
    title: 'the combat drone firing missiles, through the words it points back to',
    slug: 'new-uav',
    facts: [fact({ label: 'use', subject: 'the combat drone', refersTo: 'the two new UAV models', value: 'the combat drone firing missiles', citations: [a000('State media on Thursday also released aerial footage of the two new UAV models in flight, including a clip of the combat drone firing missiles.')] })],
  },
  { title: 'the Global Hawk’s role, from the likeness that describes it', slug: 'global-hawk', facts: [fact({ label: 'role', subject: 'Global Hawk', value: 'surveillance aircraft', citations: [a000('the U.S. surveillance aircraft Global Hawk')] })] },
  {
    title: 'the MQ 9 Reaper is a UAV, by the observers’ apposition',
    slug: 'mq-9-reaper',
    facts: [fact({ label: 'type', subject: 'MQ 9 Reaper', value: 'a hunter-killer UAV', speaker: [VOA, OBSERVERS], citations: [a004(OBSERVED)] })],
  },
  {
    title: 'one whole modifier for a role: "hunter-killer"',
    slug: 'mq-9-reaper',
    facts: [fact({ label: 'role', subject: 'MQ 9 Reaper', value: 'hunter-killer', speaker: [VOA, OBSERVERS], citations: [a004(OBSERVED)] })],
  },
  {
    title: 'the ICBMs were homemade, as Voice of America reported',
    slug: 'intercontinental-ballistic-missiles',
    facts: [fact({ label: 'origin', subject: 'ICBMs', value: 'homemade', speaker: [VOA], citations: [a004('Voice of America, citing the images of the tour in the North Korean state newspaper, reported that Kim showed Shoigu homemade ICBMs')] })],
  },
  {
    title: 'the caption’s words for the Hwasong-12',
    slug: 'hwasong-12',
    facts: [fact({ label: 'type', subject: 'Hwasong-12', value: 'hypersonic guide vehicle', citations: [a000('A Hwasong-12 hypersonic guide vehicle is on the left side of the red carpet')] })],
  },
  {
    title: 'the Hwasong-17 is an ICBM, by the caption too',
    slug: 'hwasong-17',
    facts: [fact({ label: 'type', subject: 'Hwasong-17', value: 'intercontinental ballistic missile', citations: [a000('A camouflage-painted Hwasong-17 intercontinental ballistic missile can be seen in the far background.')] })],
  },
  {
    title: 'what the neighbours said of the ICBM’s reach, with "potentially" declared',
    slug: 'intercontinental-ballistic-missiles',
    facts: [
      fact({
        label: 'capability',
        subject: 'ICBM',
        value: 'capable of reaching the continental U.S.',
        certainty: 'possible',
        cues: ['potentially'],
        speaker: [{ party: 'its neighbors', cue: 'said' }],
        citations: [a004('its neighbors said they had detected the launch of an ICBM potentially capable of reaching the continental U.S.')],
      }),
    ],
  },
  {
    title: 'the neighbours detected a launch, as they said',
    slug: 'intercontinental-ballistic-missiles',
    facts: [fact({ label: 'launch', subject: 'ICBM', value: 'they had detected the launch of an ICBM', speaker: [{ party: 'its neighbors', cue: 'said' }], citations: [a004('its neighbors said they had detected the launch of an ICBM')] })],
  },
  {
    title: 'the accusation in other words, with the counter-claim declared',
    slug: 'artillery-shells',
    facts: [
      fact({
        label: 'accusation',
        subject: 'artillery shells',
        value: 'supplying arms including millions of artillery shells to Russia',
        cues: ['which the North has denied'],
        speaker: [{ party: 'The United States', cue: 'has accused' }],
        citations: [a000(ACCUSED)],
      }),
    ],
  },
  {
    title: '"Such munitions" as the subject of its whole sentence',
    slug: '122-millimeter-shells',
    facts: [
      fact({
        label: 'use',
        subject: 'Such munitions',
        refersTo: '122-millimeter shells and multiple rocket launcher rounds',
        value: 'Such munitions would go a long way to support Russia’s current intensive use of artillery and missiles',
        certainty: 'possible',
        citations: [a000('Such munitions would go a long way to support Russia’s current intensive use of artillery and missiles, which the North also does not lack.')],
      }),
    ],
  },
  {
    title: 'the rounds are listed with the shells, read from the rounds',
    slug: 'multiple-rocket-launcher-rounds',
    relations: [relation({ type: 'listed-with', target: '122-millimeter-shells', subject: 'multiple rocket launcher rounds', targetWords: '122-millimeter shells', citation: a000('such as 122-millimeter shells and multiple rocket launcher rounds') })],
  },
  {
    title: 'the new UAV was displayed in plain sight too ("along with")',
    slug: 'new-uav',
    facts: [fact({ label: 'exhibition', subject: 'new unmanned aerial vehicle', value: 'displayed in plain sight', citations: [a000(DISPLAYED)] })],
  },
  {
    title: 'the observers’ words for the Global Hawk’s height',
    slug: 'global-hawk',
    facts: [fact({ label: 'type', subject: 'Global Hawk', value: 'high-altitude surveillance aircraft', speaker: [VOA, OBSERVERS], citations: [a004(OBSERVED)] })],
  },
  {
    title: 'the picture’s name for the Hwasong-18 ("Named")',
    slug: 'hwasong-18',
    facts: [fact({ label: 'identification', subject: 'the Hwasong-18', value: 'Named the Hwasong-18', citations: [a004('Named the Hwasong-18, North Korea claimed it was a solid-fuel missile')] })],
  },
  {
    title: 'the weaponry house featured the ICBMs and the UAVs, as images showed and Voice of America reported',
    slug: 'intercontinental-ballistic-missiles',
    facts: [
      fact({
        label: 'exhibition',
        subject: 'intercontinental ballistic missiles',
        value: 'The weaponry exhibition house featured intercontinental ballistic missiles and new unmanned aerial vehicles (UAVs)',
        speaker: [VOA, { party: 'images', cue: 'showed' }],
        citations: [a004('“The weaponry exhibition house featured intercontinental ballistic missiles and new unmanned aerial vehicles (UAVs), images showed,” Voice of America reported.')],
      }),
    ],
  },
  {
    title: 'the observers’ likeness with the Global Hawk alone, hedged',
    slug: 'new-uav',
    facts: [fact({ label: 'comparison', subject: 'UAVs', value: 'appeared similar to the American-made Global Hawk', certainty: 'probable', speaker: [VOA, OBSERVERS], citations: [a004(OBSERVED)] })],
  },
  {
    title: 'the Hwasong-12 shown with the Hwasong-17, read from the Hwasong-12',
    slug: 'hwasong-12',
    relations: [relation({ type: 'exhibited-with', target: 'hwasong-17', subject: 'Hwasong-12', targetWords: 'Hwasong-17', citation: a000(DISPLAYED) })],
  },
  {
    title: 'the new drone shown with the Hwasong-12 in the caption, read from the drone',
    slug: 'new-uav',
    relations: [
      relation({
        type: 'exhibited-with',
        target: 'hwasong-12',
        subject: 'new drone',
        targetWords: 'Hwasong-12',
        citation: a000('A Hwasong-12 hypersonic guide vehicle is on the left side of the red carpet, while a new drone can be seen on the right.'),
      }),
    ],
  },
  {
    title: 'the Hwasong-17 launched, as North Korea’s state media said',
    slug: 'hwasong-17',
    facts: [
      fact({
        label: 'launch',
        subject: 'Hwasong-17',
        value: 'oversaw the launch of the Hwasong-17 missile',
        speaker: [{ party: 'North Korea’s state media', cue: 'said' }],
        citations: [a004('North Korea’s state media said its leader Kim oversaw the launch of the Hwasong-17 missile')],
      }),
    ],
  },
  {
    title: 'the artillery shells the United States says were supplied, counted',
    slug: 'artillery-shells',
    facts: [
      fact({
        label: 'quantity',
        subject: 'artillery shells',
        value: 'arms including millions of artillery shells',
        cues: ['which the North has denied'],
        speaker: [{ party: 'The United States', cue: 'has accused' }],
        citations: [a000(ACCUSED)],
      }),
    ],
  },
];

describe('faithful statements of our own verify: no false alarm', () => {
  test('there are at least 20', () => assert.ok(STATEMENTS.length >= 20, `${STATEMENTS.length}`));
  for (const s of STATEMENTS) {
    test(`${s.slug}: ${s.title}`, () => {
      const files = readCatalogFiles(ROOT);
      editEntry(s.slug, (e) => {
        e.facts.push(...(s.facts ?? []));
        e.relations.push(...(s.relations ?? []));
      })(files);
      const result = verifyCatalog(files, { only: `catalog/entries/${s.slug}.json` });
      assert.ok(result.ok, result.ok ? '' : result.violations.map(formatViolation).join('\n'));
    });
  }
});
