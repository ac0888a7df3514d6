import { z } from 'zod';
import { sourceIdSchema } from './source';

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens, e.g. "hwasong-17"');

/** What a fact is about. The display label is the catalog's own wording, so it is fixed here. */
export const FACT_LABELS = {
  type: 'Type',
  appearance: 'Appearance',
  exhibition: 'Shown at',
  variants: 'Variants',
  propellant: 'Propellant',
  development: 'Development',
  testing: 'Testing',
  launch: 'Launch',
  capability: 'Capability',
  identification: 'Identification',
  comparison: 'Compared with',
  role: 'Role',
  origin: 'Origin',
  footage: 'Footage',
  design: 'Design',
  compatibility: 'Compatibility',
  accusation: 'Accusation',
  denial: 'Denial',
  quantity: 'Quantity',
  stockpile: 'Stockpile',
  use: 'Use',
  photo: 'Photo caption',
} as const;

/** Specifications readers commonly look for; an entry lists those its sources do not state. */
export const SPEC_LABELS = {
  range: 'Range',
  dimensions: 'Size and dimensions',
  weight: 'Weight',
  payload: 'Payload',
  warhead: 'Warhead',
  propellant: 'Propellant',
  speed: 'Speed',
  guidance: 'Guidance',
  endurance: 'Endurance',
  crew: 'Crew',
  maker: 'Maker',
  'service-entry': 'Entry into service',
  quantity: 'Quantity',
} as const;

/**
 * How one entry relates to another, read as "<entry> <label> <target>"; every relation cites
 * the passage that establishes it.
 */
export const RELATION_LABELS = {
  'exhibited-with': 'displayed alongside',
  'compared-with': 'compared with',
  'kind-of': 'is one of the',
  'identified-as': 'said to be',
  'listed-with': 'listed with',
} as const;

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

/** Who asserts a fact: the article's own reporting, or a party the passage names. */
export const attributionSchema = z.union([
  z.literal('article'),
  z
    .object({
      /** The party as the passage writes it, e.g. "Kyodo News". */
      party: z.string().min(1),
      /** Who relays the party's words, e.g. "Voice of America" relaying observers. */
      via: z.string().min(1).optional(),
    })
    .strict(),
]);

export const factSchema = z
  .object({
    label: z.enum(keysOf(FACT_LABELS)),
    /** The fact as the source words it; must occur verbatim in one of the citations. */
    value: z.string().min(1),
    attribution: attributionSchema,
    citations: z.array(citationSchema).min(1),
  })
  .strict();

export const relationSchema = z
  .object({
    type: z.enum(keysOf(RELATION_LABELS)),
    target: slugSchema,
    citation: citationSchema,
  })
  .strict();

export const differenceSchema = z
  .object({
    /** A short neutral heading in the catalog's words. */
    topic: z.string().min(1),
    sides: z
      .array(z.object({ attribution: attributionSchema, citation: citationSchema }).strict())
      .min(2),
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
    facts: z.array(factSchema).min(1),
    /** Passages that refer to the system without naming it ("the combat drone"). */
    mentions: z.array(citationSchema).default([]),
    relations: z.array(relationSchema).default([]),
    differences: z.array(differenceSchema).default([]),
    notStated: z.array(z.enum(keysOf(SPEC_LABELS))).default([]),
    /** Curator notes in the catalog's own words; any number in them must come from a cited quote. */
    notes: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type Citation = z.infer<typeof citationSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Difference = z.infer<typeof differenceSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type FactLabel = keyof typeof FACT_LABELS;
export type SpecLabel = keyof typeof SPEC_LABELS;
export type RelationType = keyof typeof RELATION_LABELS;
