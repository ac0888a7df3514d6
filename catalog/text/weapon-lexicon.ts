/**
 * What the candidate finder knows about the words of weapon names, as tables: the nouns that
 * head a weapon's name and the kind of weapon each names (after the weapon hyponyms of WordNet:
 * missile, rocket, shell, launcher, gun, aircraft…), the designations that name no weapon, the
 * nouns that turn a designation into a modifier of something else, and English function words,
 * which never modify a name. Each row carries an example that the tests check.
 */

/** Kinds of weapon a head noun names. Two names of different kinds are never one system: a launcher is not a shell. */
export const WEAPON_KINDS = ['uav', 'missile', 'rocket', 'shell', 'launcher', 'gun', 'aircraft', 'armour', 'naval', 'bomb', 'warhead'] as const;
export type WeaponKind = (typeof WEAPON_KINDS)[number];

export interface HeadRow {
  kind: WeaponKind;
  /** Singular forms, lower case; plurals in -s and -es are read too. */
  words: readonly string[];
  /**
   * The word heads a weapon's name only with a weapon word before it ("launcher rounds",
   * "rocket systems"), since alone it means something else ("a round of talks").
   */
  needsWeaponModifier?: boolean;
  /** A phrase the row makes a weapon name; `weapon-lexicon.test.ts` checks it. */
  example: string;
}

export const HEAD_ROWS: readonly HeadRow[] = [
  { kind: 'uav', words: ['uav', 'ucav', 'drone', 'unmanned aerial vehicle', 'unmanned aircraft', 'unmanned combat aerial vehicle'], example: 'combat UAV' },
  { kind: 'missile', words: ['missile', 'icbm', 'slbm', 'irbm', 'mrbm', 'srbm', 'interceptor'], example: 'air-to-surface missiles' },
  { kind: 'rocket', words: ['rocket'], example: '240-millimeter rockets' },
  { kind: 'shell', words: ['shell', 'projectile', 'munition', 'ammunition', 'grenade'], example: '152-millimeter artillery shells' },
  { kind: 'shell', words: ['round'], needsWeaponModifier: true, example: 'multiple rocket launcher rounds' },
  { kind: 'launcher', words: ['launcher', 'mlrs', 'mrl'], example: '122-millimeter multiple rocket launchers' },
  { kind: 'launcher', words: ['system'], needsWeaponModifier: true, example: 'Grad multiple launch rocket systems' },
  { kind: 'gun', words: ['howitzer', 'gun', 'cannon', 'mortar', 'artillery'], example: 'self-propelled howitzers' },
  { kind: 'aircraft', words: ['aircraft', 'plane', 'airplane', 'jet', 'fighter', 'bomber', 'helicopter'], example: 'surveillance aircraft' },
  { kind: 'armour', words: ['tank', 'armoured vehicle', 'armored vehicle'], example: 'main battle tanks' },
  { kind: 'naval', words: ['submarine', 'warship', 'destroyer', 'frigate', 'torpedo', 'corvette'], example: 'ballistic missile submarine' },
  { kind: 'bomb', words: ['bomb'], example: 'cluster bombs' },
  { kind: 'warhead', words: ['warhead'], example: 'nuclear warheads' },
];

/** Words that make a "system" or a "round" a weapon's, and the kind they give it. */
export const WEAPON_MODIFIERS: Readonly<Record<string, WeaponKind>> = {
  rocket: 'launcher',
  launch: 'launcher',
  launcher: 'shell',
  artillery: 'shell',
  missile: 'missile',
  tank: 'shell',
  mortar: 'shell',
  gun: 'shell',
  howitzer: 'shell',
  defense: 'missile',
  defence: 'missile',
};

/** Singular of a head noun as the table writes it: "missiles" → "missile", "torpedoes" → "torpedo", "UAVs" → "uav". */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (/(?:ss|us|is)$/u.test(lower)) return lower;
  if (/(?:oes|ches|shes|xes)$/u.test(lower)) return lower.slice(0, -2);
  return lower.replace(/s$/u, '');
}

const BY_WORD = new Map(HEAD_ROWS.flatMap((row) => row.words.map((w) => [w, row] as const)));

/** The row of a one-word head noun in either number, if it names a kind of weapon. */
export function headRow(word: string): HeadRow | undefined {
  return BY_WORD.get(singular(word)) ?? BY_WORD.get(word.toLowerCase());
}

/** Multi-word heads, longest first: "unmanned aerial vehicle", "armoured vehicle". */
export const MULTIWORD_HEADS: readonly string[] = [...BY_WORD.keys()].filter((w) => w.includes(' ')).sort((a, b) => b.length - a.length);

/**
 * Name-number forms that name no weapon: diseases, viruses, groups of states. Each row is
 * compared with the designation's letters and number, case aside.
 */
export const NOT_DESIGNATIONS: readonly { letters: string; numbers: readonly string[]; why: string; example: string }[] = [
  { letters: 'covid', numbers: ['19'], why: 'a disease', example: 'since the Covid-19 pandemic began' },
  { letters: 'g', numbers: ['7', '8', '20'], why: 'a group of states', example: 'leaders of the G-7 countries' },
  { letters: 'p', numbers: ['5'], why: 'a group of states', example: 'the P-5 members of the Security Council' },
];

/**
 * Nouns that a designation may modify without naming a weapon itself being in doubt: events of
 * a weapon's life ("the Hwasong-18 launch"). Any other lower-case noun right after a designation
 * makes the designation a modifier of something else ("the Covid-19 pandemic").
 */
export const WEAPON_EVENTS = new Set(
  'launch launches launching test tests testing firing firings flight flights strike strikes attack attacks programme program programs deployment deployments variant variants model models class series family type prototype prototypes unit units battery batteries'.split(' '),
);

/**
 * Adjectives that describe a weapon without saying what type it is: size, age, colour,
 * evaluation and origin (after the order of English adjectives, where these come before the
 * classifying ones). A phrase with only these ("new military drones", "heavy launchers",
 * "Russian guns") is a class or a reference, never a new system of its own.
 */
export const QUALITATIVE = new Set(
  [
    'new newer newest old older oldest latest modern recent upgraded improved',
    'large larger largest big bigger biggest small smaller smallest huge giant tiny heavy heavier light lighter long longer short shorter',
    'white black grey gray green red blue camouflage-painted',
    'advanced powerful sophisticated deadly dangerous capable standard various several different similar own entire whole main',
    'military foreign domestic homemade home-made local western eastern northern southern north south',
    // Origin: the adjectives of the states most often named with weapons (after ISO 3166's country names).
    'american russian soviet chinese korean japanese iranian ukrainian european u.s. us british french german italian',
    'israeli indian pakistani syrian turkish belarusian polish swedish norwegian finnish czech serbian georgian',
    'iraqi afghan saudi emirati egyptian libyan yemeni taiwanese vietnamese filipino australian canadian brazilian',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Words that say what type a weapon is (its role, its guidance, its fuel…), so that a phrase with
 * one may name a system ("attack drones", "cruise missiles"); also how a sentence may begin
 * without the capital making the word a name ("Attack drones were…").
 */
export const CLASSIFIERS = new Set(
  [
    'attack combat reconnaissance surveillance strike cruise ballistic tactical strategic nuclear hypersonic supersonic guided unguided',
    'anti-ship anti-aircraft anti-tank anti-radiation air-defense air-defence air-to-air air-to-surface surface-to-air surface-to-surface',
    'multiple launch rocket artillery armed loitering suicide kamikaze unmanned stealth solid-fuel liquid-fuel intercontinental',
    'intermediate-range short-range long-range medium-range self-propelled towed mobile high-altitude hunter-killer glide precision',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Phrases whose last word is a weapon's noun but which name something else. (A weapon's noun
 * followed by another noun, "shell company", "rocket forces", is no weapon by grammar alone.)
 */
export const NOT_WEAPON_PHRASES: readonly { words: string; example: string }[] = [
  { words: 'think tank', example: 'an analyst at a Seoul think tank' },
  { words: 'fuel tank', example: 'a leaking fuel tank' },
  { words: 'water tank', example: 'a water tank on the roof' },
  { words: 'oil tank', example: 'an oil tank at the port' },
  { words: 'storage tank', example: 'storage tanks at the refinery' },
  { words: 'passenger jet', example: 'a passenger jet bound for Beijing' },
  { words: 'passenger plane', example: 'a passenger plane from Vladivostok' },
  { words: 'cargo plane', example: 'a cargo plane carrying food aid' },
  { words: 'paper plane', example: 'children folding paper planes' },
  { words: 'private jet', example: 'his private jet' },
];

/**
 * English function words (after the closed-class word lists of English grammars): determiners,
 * pronouns, prepositions, conjunctions, auxiliaries and modals, and adverbs that stand before a
 * noun phrase. None is part of a weapon's name, so a name stops at one.
 */
export const FUNCTION_WORDS = new Set(
  [
    'a an the this that these those another other each every either neither both all any some no none such what which whose whichever',
    'its his her their our your my one two three four five six seven eight nine ten several many few most more less much',
    'first second third fourth fifth last next same',
    'of and or nor but yet so to in on at for with by from as into onto upon about above below under over after before between among through during without within against toward towards than via per',
    'while when where whereas whether if because although though since until unless once',
    'is are was were be been being am has have had do does did will would can could may might must shall should',
    'also not only even just still already then there here too very quite rather almost nearly',
    'who whom it they them he she we you i',
  ]
    .join(' ')
    .split(' '),
);
