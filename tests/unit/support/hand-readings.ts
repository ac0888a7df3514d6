/**
 * Readings of the real catalog written by hand, word by word against the passages, and never
 * derived from the tables under test: which labels each fact's words support, which statements
 * a passage says of several systems at once, and which other relation types a relation's words
 * would also support. The distortion suite generates its relabellings and moves from them.
 */
import type { FactLabel, RelationType } from '../../../catalog/schema/entry';

/** For each fact (`<slug>: <value>`), every label its words support; every other label is a distortion. */
export const SUPPORTED_LABELS: Record<string, FactLabel[]> = {
  'hwasong-12: hypersonic glide vehicle-mounted ballistic missile': ['type'],
  'hwasong-12: displayed in plain sight': ['exhibition'],
  'hwasong-12: on the left side of the red carpet': ['photo'],
  'hwasong-17: intercontinental ballistic missile': ['type'],
  'hwasong-17: camouflage-painted': ['appearance'],
  'hwasong-17: displayed in plain sight': ['exhibition'],
  'hwasong-17: can be seen in the far background': ['photo', 'exhibition'],
  'hwasong-17: its leader Kim oversaw the launch of the Hwasong-17 missile': ['launch', 'photo'],
  'hwasong-18: solid-fuel': ['propellant'],
  'hwasong-18: appeared capable of hitting “most points on Earth.”': ['capability'],
  'hwasong-18: would allow it to launch with less time to prepare than a liquid-fuel model': ['capability', 'launch', 'propellant'],
  'hwasong-18: The latest model North Korea claims to have developed': ['development'],
  'hwasong-18: was tested in mid-July': ['testing'],
  'intercontinental-ballistic-missiles: reportedly showcasing intercontinental ballistic missiles (ICBMs)': ['exhibition'],
  'intercontinental-ballistic-missiles: Kim showed Shoigu homemade ICBMs': ['exhibition', 'origin', 'development'],
  'intercontinental-ballistic-missiles: The weaponry exhibition house featured intercontinental ballistic missiles': ['exhibition'],
  'intercontinental-ballistic-missiles: believed to be capable of carrying nuclear warheads': ['capability'],
  'intercontinental-ballistic-missiles: Voice of America did not identify the model ICBMs': ['identification'],
  'intercontinental-ballistic-missiles: they had detected the launch of an ICBM potentially capable of reaching the continental U.S.': ['launch', 'capability', 'photo'],
  'new-uav: reconnaissance and combat variants': ['variants', 'role'],
  'new-uav: displayed in plain sight, along with reconnaissance and combat variants of a new unmanned aerial vehicle (UAV)': ['exhibition', 'variants', 'role'],
  'new-uav: The weaponry exhibition house featured intercontinental ballistic missiles and new unmanned aerial vehicles (UAVs)': ['exhibition'],
  'new-uav: State media on Thursday also released aerial footage of the two new UAV models in flight, including a clip of the combat drone firing missiles': [
    'footage',
    'use',
    'role',
    'quantity',
  ],
  'new-uav: resembling the U.S. surveillance aircraft Global Hawk': ['comparison'],
  'new-uav: the UAVs appeared similar to the American-made Global Hawk, a remotely piloted high-altitude surveillance aircraft, and the MQ 9 Reaper': ['comparison'],
  'new-uav: a new drone can be seen on the right': ['photo', 'exhibition'],
  'global-hawk: surveillance aircraft': ['type', 'role'],
  'global-hawk: U.S.': ['origin'],
  'global-hawk: a remotely piloted high-altitude surveillance aircraft': ['type', 'role'],
  'global-hawk: American-made': ['origin', 'development'],
  'mq-9-reaper: a hunter-killer UAV': ['role', 'type'],
  'artillery-shells: North Korea of supplying arms including millions of artillery shells to Russia': ['accusation', 'quantity'],
  'artillery-shells: millions of artillery shells': ['quantity', 'accusation'],
  '122-millimeter-shells: Arms stockpiled by Pyongyang that would fit Moscow’s needs': ['stockpile', 'compatibility'],
  '122-millimeter-shells: weapons based on Soviet designs': ['design', 'comparison'],
  '122-millimeter-shells: would be compatible with Russian systems': ['compatibility'],
  '122-millimeter-shells: would go a long way to support Russia’s current intensive use of artillery and missiles': ['use'],
  'multiple-rocket-launcher-rounds: Arms stockpiled by Pyongyang that would fit Moscow’s needs': ['stockpile', 'compatibility'],
  'multiple-rocket-launcher-rounds: weapons based on Soviet designs': ['design', 'comparison'],
  'multiple-rocket-launcher-rounds: would be compatible with Russian systems': ['compatibility'],
  'multiple-rocket-launcher-rounds: would go a long way to support Russia’s current intensive use of artillery and missiles': ['use'],
};

/**
 * Words a passage says of several systems at once (a joint subject, "along with", "such as … and
 * …"): moving such a statement between these systems is no distortion.
 */
export const JOINT: { words: string; entries: string[] }[] = [
  { words: 'displayed in plain sight', entries: ['hwasong-17', 'hwasong-12', 'new-uav'] },
  { words: 'Arms stockpiled by Pyongyang that would fit Moscow’s needs', entries: ['122-millimeter-shells', 'multiple-rocket-launcher-rounds'] },
  { words: 'weapons based on Soviet designs', entries: ['122-millimeter-shells', 'multiple-rocket-launcher-rounds'] },
  { words: 'would be compatible with Russian systems', entries: ['122-millimeter-shells', 'multiple-rocket-launcher-rounds'] },
  { words: 'would go a long way to support Russia’s current intensive use of artillery and missiles', entries: ['122-millimeter-shells', 'multiple-rocket-launcher-rounds'] },
  { words: 'such as 122-millimeter shells and multiple rocket launcher rounds', entries: ['122-millimeter-shells', 'multiple-rocket-launcher-rounds'] },
  {
    words: 'The weaponry exhibition house featured intercontinental ballistic missiles and new unmanned aerial vehicles (UAVs)',
    entries: ['intercontinental-ballistic-missiles', 'new-uav'],
  },
];

/** For each relation (`<slug> <type> <target>`), other types its words also support. */
export const ALSO_SUPPORTED: Record<string, RelationType[]> = {
  'hwasong-17 exhibited-with hwasong-12': ['listed-with'],
  'hwasong-17 exhibited-with new-uav': [],
  'hwasong-12 exhibited-with new-uav': [],
  '122-millimeter-shells listed-with multiple-rocket-launcher-rounds': [],
};

/**
 * Noun phrases of an entry's quotes that are a category of it: the head of its own phrase, an
 * apposition, what it is said to be, a list it is one of. Made the category, they are no distortion.
 */
export const FITTING_CATEGORIES: Record<string, string[]> = {
  'hwasong-12': ['ballistic missile'],
  'hwasong-17': ['ballistic missile', 'intercontinental ballistic missile'],
  'hwasong-18': ['solid-fuel missile'],
  'global-hawk': ['high-altitude surveillance aircraft', 'surveillance aircraft'],
  'mq-9-reaper': ['hunter-killer UAV', 'UAVs'],
  'new-uav': ['combat drone'],
  '122-millimeter-shells': ['Arms', 'weapons'],
  'multiple-rocket-launcher-rounds': ['Arms', 'weapons'],
  'artillery-shells': ['arms'],
};

/** Words stronger than the passages' own, for rewriting the catalog's notes and reasons. */
export const STRONGER: [RegExp, string][] = [
  [/\bnoted\b/u, 'confirmed'],
  [/\breported\b/u, 'proved'],
  [/\bsays\b|\bsaid\b/u, 'confirms'],
  [/\bappeared similar to\b|“appeared similar to”/u, 'are copies of'],
  [/\bnot identified\b|\bdoes not say\b/u, 'denied'],
  [/\bRead as\b/u, 'Known to be'],
  [/\bpick out\b/u, 'prove'],
];
