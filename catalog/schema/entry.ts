import { z } from 'zod';
import { FACT_LABELS, RELATION_LABELS } from '../labels';
import { CERTAINTY_LEVELS } from '../text/cue-table';
import { OVERRIDABLE_RULES } from '../verify/rule-ids';
import { sourceIdSchema } from './source';

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens, e.g. "hwasong-17"');

const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const citationSchema = z
  .object({
    source: sourceIdSchema,
    /** Exact words of the source, character for character (curly quotes differ from straight). */
    quote: z.string().min(1),
    /** Block id, required when the quote occurs in more than one passage. */
    block: z.string().min(1).optional(),
    /** Text right before or after the quote, to pick one of several occurrences. */
    prefix: z.string().min(1).optional(),
    suffix: z.string().min(1).optional(),
  })
  .strict();

/**
 * One link of a speaker chain: who makes a statement, and the reporting words of the quote
 * that say so ("Kyodo News" + "claimed", "the KCNA" + "according to"), both verbatim.
 */
export const speakerLinkSchema = z
  .object({
    party: z.string().min(1),
    cue: z.string().min(1),
  })
  .strict();

/**
 * A curator's reading of one statement where a meaning rule cannot judge it ("the weapons" read
 * as the missiles of the paragraph before). It sets aside that one rule for that one statement,
 * is shown to readers wherever the statement is, and fails verification once nothing needs it.
 */
export const overrideSchema = z
  .object({
    rule: z.enum(OVERRIDABLE_RULES),
    /** Why the statement reads as it does, in the catalog's words; held to the rules for them. */
    reason: z.string().min(1),
  })
  .strict();

/**
 * What a statement is about: the words of its quote that the value is said of — the system's
 * name or alias ("Hwasong-18"), or a referring phrase ("they", "the weapons", "The latest
 * model") with the words of the passage it points back to, which name the system.
 */
const subjectShape = {
  /** Words of the cited quote that the value is said of. */
  subject: z.string().min(1),
  /** For a referring phrase: words of the same passage (or the one before) that it points back to. */
  refersTo: z.string().min(1).optional(),
};

/**
 * How a statement stands in its passage (after FactBank and PARC): how certain it is and
 * whether it is negated, with the quote's own cue words, and who says it. Omitted fields mean
 * certain, positive, no cue outside the value, and the article's own voice.
 */
const factualityShape = {
  /** certain, probable, possible or underspecified, as the cues covering the value make it. */
  certainty: z.enum(CERTAINTY_LEVELS).default('certain'),
  polarity: z.enum(['positive', 'negative']).default('positive'),
  /** Negations, hedges, modals and likenesses outside the value whose scope covers it, verbatim. */
  cues: z.array(z.string().min(1)).default([]),
  /** Who says it, outermost first: "Voice of America" + "reported", then "Observers in Seoul" + "noted". Empty: the article itself. */
  speaker: z.array(speakerLinkSchema).default([]),
  /** Meaning rules set aside for this statement, each with the curator's reason. */
  overrides: z.array(overrideSchema).default([]),
};

export const factSchema = z
  .object({
    label: z.enum(keysOf(FACT_LABELS)),
    ...subjectShape,
    /** The fact as the source words it; must occur verbatim in one of the citations. */
    value: z.string().min(1),
    ...factualityShape,
    citations: z.array(citationSchema).min(1),
  })
  .strict();

export const relationSchema = z
  .object({
    type: z.enum(keysOf(RELATION_LABELS)),
    target: slugSchema,
    ...subjectShape,
    /** Words of the quote that name the target system. */
    targetWords: z.string().min(1),
    /** The words that state the relation; the whole quote when omitted. */
    value: z.string().min(1).optional(),
    citation: citationSchema,
    ...factualityShape,
  })
  .strict();

export const differenceSchema = z
  .object({
    /** What the sides speak of; the heading is made from it and the sides' speakers. */
    label: z.enum(keysOf(FACT_LABELS)),
    sides: z
      .array(
        z
          .object({
            citation: citationSchema,
            ...subjectShape,
            /** The words the side asserts; the whole quote when omitted. */
            value: z.string().min(1).optional(),
            ...factualityShape,
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

/**
 * A passage that refers to the system without naming it: the quote is the referring words ("the
 * combat drone"), `refersTo` the words of the same passage, or the one before, that name it.
 */
export const mentionCitationSchema = citationSchema
  .extend({
    refersTo: z.string().min(1).optional(),
  })
  .strict();

/**
 * A curator's record that one occurrence of a name is not this system, e.g. "new drones" at a
 * parade that the article does not tie to the UAVs shown to the defence minister. The citation
 * picks the occurrence; completeness then does not ask the entry to cite it.
 */
export const exclusionSchema = citationSchema
  .extend({
    /** Why the occurrence is another system, or none, in the curator's words. */
    reason: z.string().min(1),
  })
  .strict();

export const entrySchema = z
  .object({
    slug: slugSchema,
    /** The name as a source writes it. */
    name: z.string().min(1),
    /** Other spellings that occur in the sources. */
    aliases: z.array(z.string().min(1)).default([]),
    /** A phrase from one of the entry's cited quotes; entries sharing it are grouped. */
    category: z.string().min(1),
    /**
     * May be empty: an entry scaffolded by `new-entry` has its mentions cited and no facts yet.
     * It invents nothing, and the verifier holds it to every other rule.
     */
    facts: z.array(factSchema),
    /** Passages that refer to the system without naming it ("the combat drone"). */
    mentions: z.array(mentionCitationSchema).default([]),
    relations: z.array(relationSchema).default([]),
    differences: z.array(differenceSchema).default([]),
    /** Curator notes in the catalog's own words; any number in them must come from a cited quote. */
    notes: z.array(z.string().min(1)).default([]),
    /** Occurrences of the entry's names that are not this system. */
    exclusions: z.array(exclusionSchema).default([]),
  })
  .strict();

export type Citation = z.infer<typeof citationSchema>;
export type MentionCitation = z.infer<typeof mentionCitationSchema>;
export type Override = z.infer<typeof overrideSchema>;
export type SpeakerLink = z.infer<typeof speakerLinkSchema>;
/** What a fact, a relation and a side of a difference share: certainty, polarity, cues, speaker. */
export type Factuality = Pick<Fact, 'certainty' | 'polarity' | 'cues' | 'speaker' | 'overrides'>;
/** What every statement names: the words it is said of, and what a referring phrase points back to. */
export type Subject = Pick<Fact, 'subject' | 'refersTo'>;
export type Exclusion = z.infer<typeof exclusionSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Difference = z.infer<typeof differenceSchema>;
export type Side = Difference['sides'][number];
export type Entry = z.infer<typeof entrySchema>;
export type { FactLabel, RelationType, SpecLabel } from '../labels';
export { FACT_LABELS, RELATION_LABELS, SPEC_LABELS } from '../labels';
