/**
 * The words that change what a statement means: negations, hedges, modals, likenesses and
 * reporting verbs, with the pseudo-cues that look like them and the terms that end their scope.
 * Knowledge lives here, as data, in the manner of NegEx and ConText; catalog/text/cue-scope.ts
 * is the small generic code that applies it. Every row carries a short sentence and the words
 * its scope must cover there, and tests/unit/cue-table.test.ts checks every one.
 *
 * Phrases are lower case; a space matches any run of whitespace, an apostrophe matches ’ or ',
 * and a phrase only matches whole words.
 */

/** How sure a statement is, relative to whoever makes it (FactBank's scale). */
export const CERTAINTY_LEVELS = ['certain', 'probable', 'possible', 'underspecified'] as const;
export type Certainty = (typeof CERTAINTY_LEVELS)[number];

export const CUE_KINDS = ['negation', 'hedge', 'modal', 'likeness', 'report'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface CueRow {
  kind: CueKind;
  phrases: readonly string[];
  /** The certainty a hedge, modal or likeness leaves its scope with. */
  level?: Certainty;
  /** A negation, or a report that denies what it scopes over ("denied"). */
  negative?: boolean;
  /** Where the one who reports stands: before the verb ("Kyodo News claimed") or after ("according to Kyodo News"). */
  subject?: 'before' | 'after';
  /** A report cue that counts only after what it reports ("…, images showed"), not before it. */
  afterContentOnly?: boolean;
  /** Match the phrases only as written (lower case), not in any case. */
  exactCase?: boolean;
  /** A short sentence with the cue, and words of it that the cue's scope must cover. */
  example: { sentence: string; covers: string };
}

export const CUE_ROWS: readonly CueRow[] = [
  {
    kind: 'negation',
    phrases: [
      'did not', 'does not', 'do not', 'has not', 'have not', 'had not', 'is not', 'are not', 'was not', 'were not',
      'cannot', 'can not', 'not yet', 'no longer', 'not',
      "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "isn't", "aren't", "wasn't", "weren't", "won't",
      "wouldn't", "couldn't", "can't",
    ],
    negative: true,
    example: { sentence: 'The agency did not identify the model of the missiles on show.', covers: 'identify the model' },
  },
  {
    kind: 'negation',
    phrases: ['never', 'no', 'none', 'neither', 'nor', 'without', 'failed to', 'refused to'],
    negative: true,
    example: { sentence: 'The parade featured no new launchers this year.', covers: 'new launchers' },
  },
  {
    kind: 'hedge',
    phrases: ['appeared to be', 'appears to be', 'appear to be', 'seemed to be', 'seems to be', 'appeared', 'appears', 'appear', 'seemed', 'seems', 'apparently'],
    level: 'probable',
    example: { sentence: 'Analysts said the rocket appeared capable of carrying two warheads.', covers: 'capable of carrying two warheads' },
  },
  {
    kind: 'hedge',
    phrases: [
      'believed to be', 'believed', 'thought to be', 'said to be', 'likely', 'probably', 'presumably', 'suspected',
      'expected to', 'estimated',
    ],
    level: 'probable',
    example: { sentence: 'The shells are believed to be compatible with older guns.', covers: 'compatible with older guns' },
  },
  {
    kind: 'hedge',
    phrases: ['potentially', 'possibly', 'perhaps', 'maybe', 'not necessarily', 'cannot be ruled out'],
    level: 'possible',
    example: { sentence: 'The launcher is potentially able to fire four rounds at once.', covers: 'able to fire four rounds' },
  },
  {
    kind: 'hedge',
    phrases: ['reportedly', 'allegedly', 'purportedly', 'so-called', 'did not deny', 'has not denied', 'neither confirmed nor denied'],
    level: 'underspecified',
    example: { sentence: 'The factory reportedly builds the new drones.', covers: 'builds the new drones' },
  },
  {
    kind: 'modal',
    phrases: ['would', 'could', 'might', 'should'],
    level: 'possible',
    example: { sentence: 'The rounds would be compatible with Russian launchers.', covers: 'compatible with Russian launchers' },
  },
  {
    kind: 'modal',
    // Lower case only: "May" is also a month and "Will" a name.
    phrases: ['may', 'will'],
    exactCase: true,
    level: 'possible',
    example: { sentence: 'In May the drones may fly again over the coast.', covers: 'fly again over the coast' },
  },
  {
    kind: 'likeness',
    phrases: ['resembling', 'resembles', 'resemble', 'resembled', 'similar to', 'akin to', 'modeled on', 'modelled on', 'based on', 'a copy of', 'a version of'],
    level: 'certain',
    example: { sentence: 'The drone on display was resembling an American design.', covers: 'an American design' },
  },
  {
    kind: 'report',
    phrases: [
      'said', 'says', 'say', 'saying', 'stated', 'states', 'told', 'tells', 'reported', 'reports', 'noted', 'notes',
      'claimed', 'claims', 'claim', 'accused', 'accuses', 'alleged', 'alleges', 'announced', 'announces', 'confirmed',
      'confirms', 'insisted', 'insists', 'added', 'adds', 'warned', 'warns', 'described', 'describes', 'detailed',
      'narrated', 'predicted', 'called', 'responded', 'replied', 'wrote', 'argued', 'asserted', 'acknowledged',
      'admitted', 'explained', 'estimated that', 'showed that', 'shows that', 'show that', 'revealed that',
    ],
    subject: 'before',
    example: { sentence: 'The ministry claimed the missile flew 900 kilometers.', covers: 'the missile flew 900 kilometers' },
  },
  {
    kind: 'report',
    // "Images showed" reports only after what it reports; before an object it means "displayed".
    phrases: ['showed', 'shows', 'show', 'revealed', 'reveals'],
    subject: 'before',
    afterContentOnly: true,
    example: { sentence: '“Two launchers stood by the gate, photos showed,” the agency said.', covers: 'Two launchers stood by the gate' },
  },
  {
    kind: 'report',
    phrases: ['denied', 'denies', 'deny', 'rejected', 'rejects', 'disputed', 'disputes'],
    subject: 'before',
    negative: true,
    example: { sentence: 'The government denied that it had sold the shells.', covers: 'it had sold the shells' },
  },
  {
    kind: 'report',
    phrases: ['according to'],
    subject: 'after',
    example: { sentence: 'According to the agency, the drone flew for ten hours.', covers: 'the drone flew for ten hours' },
  },
];

/**
 * Phrases that contain a cue but are not one (NegEx's pseudo-triggers): a cue found inside one
 * of these is ignored.
 */
export const PSEUDO_CUES: readonly { phrase: string; example: string }[] = [
  { phrase: 'not only', example: 'The drone is not only fast but also cheap.' },
  { phrase: 'no doubt', example: 'There is no doubt the rocket flew.' },
  { phrase: 'no matter', example: 'No matter the weather, the parade went ahead.' },
  { phrase: 'whether or not', example: 'Whether or not it flew, the rocket was shown.' },
  { phrase: 'not to mention', example: 'Shells, not to mention rockets, were on show.' },
  { phrase: 'nothing but', example: 'The hall held nothing but missiles.' },
  { phrase: 'no sooner', example: 'No sooner had it launched than it fell.' },
  { phrase: 'may day', example: 'The May Day parade showed two launchers.' },
  { phrase: 'will power', example: 'The general praised the will power of the crews.' },
  { phrase: 'would-be', example: 'A would-be buyer toured the factory.' },
  { phrase: 'united states', example: 'The United States sent a delegation.' },
  { phrase: 'shows off', example: 'The leader shows off new rockets.' },
  { phrase: 'showed off', example: 'The leader showed off new rockets.' },
  { phrase: 'air show', example: 'The air show opened on Friday.' },
];

/**
 * Terms that end a cue's scope (ConText's terminators), for the kinds listed. A sentence end
 * always ends a scope. `pattern` is regular-expression source matched case-insensitively
 * against the text after the cue; the scope stops where the match starts.
 */
export const SCOPE_TERMINATORS: readonly { pattern: string; ends: readonly CueKind[]; example: { sentence: string; outside: string } }[] = [
  {
    pattern: '[;]|,?\\s+(?:but|however|although|though|whereas|except)(?![\\p{L}\\p{N}])|,\\s+yet(?![\\p{L}\\p{N}])',
    ends: ['negation', 'hedge', 'modal', 'likeness', 'report'],
    example: { sentence: 'The agency did not name the missile, but a newspaper called it new.', outside: 'a newspaper called it new' },
  },
  {
    // A comma and a subordinate clause of time or cause: ", a day after", ", before", ", while".
    pattern: ',\\s+(?:(?:a|one|two|three|several)\\s+(?:day|days|week|weeks|month|months|year|years)\\s+)?(?:after|before|while|when|because|since|until|as)(?![\\p{L}\\p{N}])',
    ends: ['negation', 'hedge', 'modal', 'likeness', 'report'],
    example: { sentence: 'State radio said the test succeeded, a day after the navy said it had failed.', outside: 'the navy said it had failed' },
  },
  {
    pattern: '\\s+while(?![\\p{L}\\p{N}])',
    ends: ['negation', 'hedge', 'modal', 'likeness', 'report'],
    example: { sentence: 'A launcher may be on the left, while a drone is on the right.', outside: 'a drone is on the right' },
  },
  {
    // A likeness names what it is like: its scope is that one phrase ("based on Soviet designs, such as…").
    pattern: ',',
    ends: ['likeness'],
    example: { sentence: 'The rocket is based on an old design, and it flew on Friday.', outside: 'it flew on Friday' },
  },
  {
    // "…, which the North has denied": another party's report about what came before.
    pattern: ',\\s+(?:which|that)\\s+[^,.;]{1,60}?\\s(?:has\\s+|have\\s+|had\\s+)?(?:denied|denies|disputed|disputes|rejected|rejects|said|says|claimed|claims)(?![\\p{L}\\p{N}])',
    ends: ['report'],
    example: { sentence: 'The ministry accused the firm of selling shells, which the firm has denied.', outside: 'which the firm has denied' },
  },
  {
    // A non-restrictive relative clause starts a new statement about what came before.
    pattern: ',\\s+(?:which|who|whom|whose|where)(?![\\p{L}\\p{N}])',
    ends: ['negation', 'hedge', 'modal', 'likeness'],
    example: { sentence: 'The rounds would help the army, which has few shells left.', outside: 'has few shells left' },
  },
];

/**
 * Words that introduce a restrictive relative clause. A hedge or modal right after one ("arms
 * that would fit…") belongs to the clause, whose scope ends where the sentence's main verb begins.
 */
export const RELATIVIZERS: readonly string[] = ['that', 'which', 'who', 'whom'];

/**
 * Words that may stand between a reporting party and its verb ("The United States has accused",
 * "Kyodo News also noted", "State media on Thursday said").
 */
export const SUBJECT_GAP_WORDS: readonly string[] = [
  'has', 'have', 'had', 'also', 'then', 'later', 'again', 'in', 'turn', 'on', 'reportedly', 'previously', 'repeatedly',
  'officially', 'publicly', 'separately', 'earlier', 'first', 'last', 'this', 'week', 'month', 'year', 'today', 'yesterday',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'did', 'not', 'repeatedly', 'further',
];

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'rep', 'sen', 'gov', 'pres', 'st', 'jr',
  'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'dept', 'fig', 'vol',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
];
