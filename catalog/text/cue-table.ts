/**
 * The words that change what a statement means: negations, hedges, modals, likenesses and
 * reporting verbs, with the pseudo-forms that look like them and the terms that end their
 * scope. Knowledge lives here, as data, in the manner of NegEx and ConText: the lexicon's rows
 * (catalog/text/cue-lexicon-*.ts, each phrase with the published list that prompted it and a
 * sentence of its own) are gathered below, and catalog/text/cue-scope.ts is the small generic
 * code that applies them. tests/unit/cue-table.test.ts checks every row's sentence.
 *
 * Phrases are lower case; a space matches any run of whitespace, an apostrophe matches ’ or ',
 * and a phrase only matches whole words.
 */
import { HEDGE_GROUPS } from './cue-lexicon-hedges';
import { NEGATION_GROUPS } from './cue-lexicon-negations';
import { REPORT_GROUPS } from './cue-lexicon-reports';
import type { Certainty, CueKind, LexiconGroup } from './cue-lexicon-types';

export { CERTAINTY_LEVELS, CUE_KINDS, LIST_IDS } from './cue-lexicon-types';
export type { Certainty, CueKind, LexiconGroup, LexiconPhrase, ListId } from './cue-lexicon-types';

/** Every group of the lexicon, in the order the README lists them. */
export const LEXICON: readonly LexiconGroup[] = [...REPORT_GROUPS, ...HEDGE_GROUPS, ...NEGATION_GROUPS];

/** A group of cue phrases that the scope finder matches alike. */
export interface CueRow {
  kind: CueKind;
  phrases: readonly string[];
  level?: Certainty;
  negative?: boolean;
  subject?: 'before' | 'after';
  afterContentOnly?: boolean;
  exactCase?: boolean;
  verb?: boolean;
  followedBy?: string;
}

export const CUE_ROWS: readonly CueRow[] = LEXICON.filter((g) => g.role === 'cue').map((g) => ({
  kind: g.kind!,
  phrases: g.phrases.map(([phrase]) => phrase),
  level: g.level,
  negative: g.negative,
  subject: g.subject,
  afterContentOnly: g.afterContentOnly,
  exactCase: g.exactCase,
  verb: g.verb,
  followedBy: g.followedBy,
}));

/**
 * Phrases that contain a cue but are not one (NegEx's pseudo-triggers), and the words that name
 * an unnamed party ("media reports"): a cue found inside one of these is ignored.
 */
export const PSEUDO_CUES: readonly { phrase: string; example: string }[] = LEXICON.filter((g) => g.role === 'pseudo' || g.role === 'party').flatMap((g) =>
  g.phrases.map(([phrase, , example]) => ({ phrase, example })),
);

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

/** Words that open a subordinate clause: a report inside one governs only that clause. */
export const SUBORDINATORS: readonly string[] = ['after', 'before', 'when', 'while', 'although', 'though', 'because', 'since', 'as', 'if', 'once', 'until', 'unless', 'whereas'];

/**
 * Nouns that name a role or a kind of outlet and stand before a name in the same noun phrase
 * ("spokesman John Kirby", "the newspaper Rodong Sinmun"). Any other common noun right before a
 * capitalised word ends a noun phrase there: "The latest model | North Korea claims".
 */
export const TITLE_NOUNS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'leader', 'analyst', 'director', 'chief', 'president', 'general',
  'colonel', 'envoy', 'newspaper', 'agency', 'broadcaster', 'daily', 'outlet', 'website', 'magazine', 'member', 'official',
  'ambassador', 'researcher', 'professor', 'commander', 'secretary', 'premier', 'dictator', 'strongman', 'founder', 'representative',
];

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
