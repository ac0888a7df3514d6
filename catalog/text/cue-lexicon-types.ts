/**
 * The shape of the cue lexicon: groups of phrases that behave alike, each phrase with the
 * published list that prompted it and a sentence of its own that tests/unit/cue-table.test.ts
 * checks. The lists (see the README, "Where the cue lexicon comes from"):
 *
 * - `factbank`: FactBank's source-introducing predicates (Saurí and Pustejovsky 2009), rows
 *   written from the paper's description, not copied from the licensed corpus;
 * - `parc`: PARC 3.0's attribution cues (Pareti 2016), likewise written from the paper;
 * - `hyland`: Hyland's list of hedges (Hedging in Scientific Research Articles, 1998);
 * - `hedges`, `weasels`: the MIT-licensed npm lists of those names (© 2014 Titus Wormer);
 * - `wikipedia`: Wikipedia's Manual of Style, "Words to watch";
 * - `negex`, `context`: the trigger and pseudo-trigger lists of NegEx (Chapman et al. 2001) and
 *   ConText (Harkema et al. 2009).
 */
export const CERTAINTY_LEVELS = ['certain', 'probable', 'possible', 'underspecified'] as const;
export type Certainty = (typeof CERTAINTY_LEVELS)[number];

export const CUE_KINDS = ['negation', 'hedge', 'modal', 'likeness', 'report'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export const LIST_IDS = ['factbank', 'parc', 'hyland', 'hedges', 'weasels', 'wikipedia', 'negex', 'context'] as const;
export type ListId = (typeof LIST_IDS)[number];

/** One phrase: the phrase, the list that prompted it, an example sentence, and words of the example. */
export type LexiconPhrase = readonly [phrase: string, list: ListId, example: string, words: string];

/**
 * What a group's phrases are:
 * - `cue`: a cue of `kind`; in the example, its scope covers `words`;
 * - `party`: words that name who reports without naming them ("people familiar with the
 *   matter"); in the example, they are part of the party a report names, and it covers `words`;
 * - `frame`: words that place a report ("in a statement") without being its cue or its party;
 *   in the example, a report covers `words` and its party is not the frame;
 * - `pseudo`: words that contain a cue and are none (NegEx's pseudo-triggers); in the example,
 *   no cue lies inside them, and `words` is the phrase as written there.
 */
export type LexiconRole = 'cue' | 'party' | 'frame' | 'pseudo';

export interface LexiconGroup {
  /** What the group is, as the README's table says it. */
  section: string;
  role: LexiconRole;
  kind?: CueKind;
  /** The certainty a hedge, modal, likeness or belief report leaves its scope with. */
  level?: Certainty;
  /** A negation, or a report that denies what it scopes over ("denied"). */
  negative?: boolean;
  /** Where the one who reports stands: before the cue ("Kyodo News claimed") or after it ("according to Kyodo News"). */
  subject?: 'before' | 'after';
  /** A report cue that counts only after what it reports ("…, images showed"), not before it. */
  afterContentOnly?: boolean;
  /** Match the phrases only as written (lower case), not in any case. */
  exactCase?: boolean;
  /**
   * A verb form that is a cue only as a verb: not after a determiner or a possessive ("the
   * claims", "a detailed inquiry", "the said missile"), nor where the tagger reads a noun or
   * an adjective.
   */
  verb?: boolean;
  /** Pattern source that the text right after the phrase must match ("per" before a name, not "per minute"). */
  followedBy?: string;
  phrases: readonly LexiconPhrase[];
}
