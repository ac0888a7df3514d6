/**
 * What each fact label and each relation type must speak of, as data: a value is shown under a
 * label only when its own words say that kind of thing ("Propellant" needs a word about fuel,
 * "Launch" a word about launching). A curator adds a label here, with its words and an example,
 * and its display name in catalog/labels.ts; tests/unit/label-words.test.ts checks every row.
 *
 * Words are lower case and match whole words of the value, a hyphenated word also by its parts
 * ("camouflage-painted" speaks of painting); a trailing "*" matches any ending ("launch*").
 */
import type { FactLabel, RelationType } from '../labels';

export interface LabelRow {
  /** Words, one of which the value must hold. */
  words: readonly string[];
  /** A kind: the value is a noun phrase (no verb of its own) whose words hold a kind noun. */
  nounPhrase?: boolean;
  /** Where a word counts only in the subject's own noun phrase ("the U.S. surveillance aircraft Global Hawk"), not said of something else. */
  ownPhrase?: readonly string[];
  /** The passage must be a photo caption. */
  caption?: boolean;
  /** Part-of-speech tags (compromise) that also speak of it: a number for a quantity, a place for an origin. */
  tags?: readonly string[];
  /** Any value may stand under it (a photo caption's words): its check is where the words come from. */
  any?: boolean;
  /** A value the label fits, and one it does not. */
  example: { fits: string; doesNot?: string };
}

/** Nouns that name what kind of weapon or vehicle a thing is. */
export const KIND_NOUNS: readonly string[] = [
  'missile*', 'rocket*', 'vehicle*', 'aircraft', 'plane*', 'jet*', 'drone*', 'uav*', 'ucav*', 'shell*', 'round*', 'munition*',
  'launcher*', 'system*', 'weapon*', 'arms', 'artillery', 'howitzer*', 'gun*', 'cannon*', 'bomb*', 'torpedo*', 'warhead*',
  'tank*', 'submarine*', 'ship*', 'warship*', 'destroyer*', 'frigate*', 'helicopter*', 'bomber*', 'fighter*', 'interceptor*',
  'satellite*', 'glider*', 'mortar*', 'grenade*', 'mine*', 'icbm*', 'slbm*', 'irbm*', 'mrbm*', 'srbm*', 'cruise', 'ballistic',
];

export const LABEL_WORDS: Record<FactLabel, LabelRow> = {
  type: { words: KIND_NOUNS, nounPhrase: true, example: { fits: 'a remotely piloted high-altitude surveillance aircraft', doesNot: 'camouflage-painted' } },
  appearance: {
    words: ['paint*', 'camouflage*', 'colo*r*', 'livery', 'marking*', 'shape*', 'finish', 'coat*', 'look*', 'appearance', 'black', 'white', 'grey', 'gray', 'green', 'khaki', 'sleek'],
    example: { fits: 'camouflage-painted', doesNot: 'displayed in plain sight' },
  },
  exhibition: {
    words: ['display*', 'exhibit*', 'exhibition*', 'showcas*', 'featur*', 'show', 'showed', 'shown', 'shows', 'unveil*', 'parade*', 'paraded', 'on view', 'presented', 'seen'],
    example: { fits: 'displayed in plain sight', doesNot: 'solid-fuel' },
  },
  variants: { words: ['variant*', 'version*', 'variet*', 'configuration*', 'derivative*', 'types of'], example: { fits: 'reconnaissance and combat variants', doesNot: 'displayed in plain sight' } },
  propellant: {
    words: ['fuel*', 'fueled', 'fuelled', 'propellant*', 'kerosene', 'hydrazine', 'motor*', 'engine*', 'solid-fuel', 'liquid-fuel'],
    example: { fits: 'solid-fuel', doesNot: 'hypersonic glide vehicle-mounted ballistic missile' },
  },
  development: {
    words: ['develop*', 'designed', 'built', 'build*', 'produc*', 'made', 'make*', 'invent*', 'manufactur*', 'creat*', 'engineer*', 'homemade'],
    example: { fits: 'The latest model North Korea claims to have developed', doesNot: 'was tested in mid-July' },
  },
  testing: { words: ['test*', 'trial*', 'test-fire*', 'test-launch*', 'evaluat*'], example: { fits: 'was tested in mid-July', doesNot: 'displayed in plain sight' } },
  launch: {
    words: ['launch*', 'liftoff', 'lift-off', 'test-fire*', 'blast off', 'blasted off', 'take off', 'took off'],
    example: { fits: 'its leader Kim oversaw the launch of the Hwasong-17 missile', doesNot: 'displayed in plain sight' },
  },
  capability: {
    words: ['capab*', 'able', 'abilit*', 'allow*', 'enabl*', 'range', 'reach*', 'hit*', 'strik*', 'carry*', 'carri*', 'deliver*', 'evad*', 'penetrat*'],
    example: { fits: 'appeared capable of hitting “most points on Earth.”', doesNot: 'camouflage-painted' },
  },
  identification: {
    words: ['identif*', 'identity', 'appeared to be', 'appear to be', 'appears to be', 'named', 'name', 'designat*', 'called', 'known as', 'recogni*'],
    example: { fits: 'Voice of America did not identify the model ICBMs', doesNot: 'camouflage-painted' },
  },
  comparison: {
    words: ['resembl*', 'similar*', 'like', 'akin', 'compar*', 'modeled', 'modelled', 'based on', 'cop*', 'version of', 'reminiscent', 'lookalike*', 'look-alike*'],
    example: { fits: 'resembling the U.S. surveillance aircraft Global Hawk', doesNot: 'surveillance aircraft' },
  },
  role: {
    words: ['surveillance', 'reconnaissance', 'combat', 'attack*', 'strike', 'hunter-killer', 'hunter', 'killer', 'bomb*', 'fighter', 'intercept*', 'transport*', 'train*', 'spy', 'role*', 'mission*', 'patrol*', 'scout*', 'escort*', 'defen*'],
    example: { fits: 'a hunter-killer UAV', doesNot: 'American-made' },
  },
  origin: {
    words: ['-made', 'made in', 'made by', 'built by', 'built in', 'designed by', 'origin*', 'homemade', 'domestic*', 'import*', 'export*'],
    ownPhrase: ['soviet', 'u.s.', 'us', 'american', 'russian', 'chinese', 'korean', 'north korean', 'iranian', 'foreign'],
    tags: ['Place', 'Country', 'Demonym'],
    example: { fits: 'American-made', doesNot: 'a hunter-killer UAV' },
  },
  footage: { words: ['footage', 'video*', 'clip*', 'image*', 'photo*', 'photograph*', 'film*', 'picture*', 'recording*'], example: { fits: 'State media on Thursday also released aerial footage of the two new UAV models in flight', doesNot: 'displayed in plain sight' } },
  design: { words: ['design*', 'based on', 'modeled', 'modelled', 'layout', 'configuration', 'architecture', 'derived'], example: { fits: 'weapons based on Soviet designs', doesNot: 'would be compatible with Russian systems' } },
  compatibility: { words: ['compatib*', 'fit', 'fits', 'interoperab*', 'interchangeab*', 'work with', 'used with', 'usable'], example: { fits: 'would be compatible with Russian systems', doesNot: 'weapons based on Soviet designs' } },
  accusation: { words: ['accus*', 'alleg*', 'charg*', 'blam*'], example: { fits: 'has accused North Korea of supplying arms including millions of artillery shells to Russia', doesNot: 'millions of artillery shells' } },
  denial: { words: ['den*', 'reject*', 'refut*', 'disput*'], example: { fits: 'which the North has denied', doesNot: 'has accused' } },
  quantity: {
    words: ['million*', 'thousand*', 'hundred*', 'dozen*', 'several', 'many', 'few', 'number', 'numbers', 'units', 'pair', 'batch*', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
    tags: ['Value', 'Cardinal', 'NumericValue', 'TextValue'],
    example: { fits: 'millions of artillery shells', doesNot: 'artillery shells' },
  },
  stockpile: { words: ['stockpil*', 'stock*', 'reserve*', 'arsenal*', 'inventor*', 'stored', 'storage', 'held', 'holding*'], example: { fits: 'Arms stockpiled by Pyongyang that would fit Moscow’s needs', doesNot: 'weapons based on Soviet designs' } },
  use: { words: ['use', 'used', 'uses', 'using', 'employ*', 'deploy*', 'support*', 'fire*', 'firing', 'serv*', 'operat*'], example: { fits: 'would go a long way to support Russia’s current intensive use of artillery and missiles', doesNot: 'camouflage-painted' } },
  photo: { words: [], any: true, caption: true, example: { fits: 'can be seen in the far background' } },
};

/**
 * What a relation's words must hold between its subject and its target, as the attachment
 * reader (catalog/text/attachment.ts) finds it: a likeness for "compared with", an
 * identification for "identified as", a head noun or a list of members for "kind of", a list or
 * a shared predicate for the others.
 */
export const RELATION_NEEDS: Record<RelationType, { needs: 'likeness' | 'identity' | 'kind' | 'joined'; words?: readonly string[]; example: string }> = {
  'compared-with': { needs: 'likeness', example: 'a new unmanned aerial vehicle (UAV) resembling the U.S. surveillance aircraft Global Hawk' },
  'identified-as': { needs: 'identity', example: 'Japan’s Kyodo News claimed they appeared to be Hwasong-18s.' },
  'kind-of': { needs: 'kind', example: 'a camouflage-painted Hwasong-17 intercontinental ballistic missile' },
  'exhibited-with': {
    needs: 'joined',
    words: ['display*', 'exhibit*', 'exhibition*', 'showcas*', 'featur*', 'show', 'showed', 'shown', 'seen', 'unveil*', 'parade*', 'on view'],
    example: 'a camouflage-painted Hwasong-17 intercontinental ballistic missile and a Hwasong-12 hypersonic glide vehicle-mounted ballistic missile were displayed in plain sight',
  },
  'listed-with': { needs: 'joined', example: 'such as 122-millimeter shells and multiple rocket launcher rounds' },
};

/** Whether `text` holds one of `words` as whole words (a hyphenated word also by its parts). */
export function holdsWord(text: string, words: readonly string[]): string | undefined {
  const lower = lowerOf(text);
  for (const w of words) {
    // A word whose literal start is not in the text cannot match: a plain search first.
    if (!lower.includes(literalOf(w))) continue;
    const m = wordPattern(w).exec(lower);
    if (m) return text.slice(m.index, m.index + m[0].length);
  }
  return undefined;
}

/**
 * Whether `text` may hold any of `words`: the literal start of each word (its first part, less a
 * trailing "*" or a leading "-") looked for as plain text, a quick look before `holdsWord`.
 */
const literals = new Map<string, string>();
function literalOf(w: string): string {
  let literal = literals.get(w);
  if (literal === undefined) literals.set(w, (literal = w.split(/\s+/)[0]!.replace(/\*.*$/u, '').replace(/^-/u, '')));
  return literal;
}
/** The text as the word patterns read it (lower case, curly apostrophes straightened), for the last text asked about. */
let lastText: string | undefined;
let lastLower = '';
function lowerOf(text: string): string {
  if (text !== lastText) [lastText, lastLower] = [text, text.toLowerCase().replace(/[’]/g, "'")];
  return lastLower;
}
export function holdsAnyWord(text: string, words: readonly string[]): boolean {
  const lower = lowerOf(text);
  return words.some((w) => lower.includes(literalOf(w)));
}

/** A word of the tables as a pattern, compiled once: "*" ends a stem, a leading "-" a suffix. */
const wordPatterns = new Map<string, RegExp>();
function wordPattern(w: string): RegExp {
  let pattern = wordPatterns.get(w);
  if (!pattern) {
    const body = w
      .replace(/\*$/u, '')
      .split(/\s+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*/g, '\\p{L}*'))
      .join('\\s+');
    const tail = w.endsWith('*') ? '[\\p{L}]*' : '';
    const lead = w.startsWith('-') ? '' : '(?<![\\p{L}\\p{N}])';
    pattern = new RegExp(`${lead}${body}${tail}(?![\\p{L}\\p{N}])`, 'u');
    wordPatterns.set(w, pattern);
  }
  return pattern;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/**
 * Dates and times: a weekday, a month with its day and year ("Nov. 18, 2022", "18 November"), a
 * year after "in", "since", "by", "until", "before", "after" or "of", a clock time. Their numbers
 * count nothing.
 */
const DATES = new RegExp(
  [
    `${WEEKDAY}`,
    `(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?`,
    '(?<=(?:in|since|by|until|before|after|of|from|to)\\s+)(?:1[89]|20)\\d{2}(?![\\p{L}\\p{N}])(?!\\s+\\p{Ll})',
    '\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?',
  ].join('|'),
  'gu',
);

/** The text with its dates and times blanked, so that a number-needing label is not met by a date's digits. */
export function withoutDates(text: string): string {
  return text.replace(DATES, (m) => ' '.repeat(m.length));
}
