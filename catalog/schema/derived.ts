import { z } from 'zod';
import { CUE_KINDS } from '../text/cue-table';
import { differenceSchema, entrySchema, slugSchema } from './entry';
import { SPEC_LABELS, type SpecLabel } from '../labels';
import { BLOCK_KINDS, sourceIdSchema, sourceMetaSchema } from './source';

export { BLOCK_KINDS };

/** A passage of a source: `raw.slice(start, end) === text`, offsets in UTF-16 code units. */
export const blockSchema = z
  .object({
    id: z.string(),
    kind: z.enum(BLOCK_KINDS),
    /** Human label, e.g. "Paragraph 3" or "Photo caption 1". */
    label: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    /** Set on a block that repeats an earlier one word for word (the printed-twice captions). */
    duplicateOf: z.string().optional(),
  })
  .strict();

/** A citation after it has been found in its source. */
export const resolvedCitationSchema = z
  .object({
    /** Stable anchor: `q-<start>-<end>`, unique within a source. */
    anchor: z.string(),
    source: sourceIdSchema,
    block: z.string(),
    blockLabel: z.string(),
    /** The kind of the cited block: a fact from a photo caption is shown as the caption's. */
    blockKind: z.enum(BLOCK_KINDS),
    /** A caption's photo credit as printed ("YONHAP", "Korean Central News Agency/… via AP"). */
    credit: z.string().optional(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string(),
  })
  .strict();

export const mentionSchema = z
  .object({
    entry: slugSchema,
    source: sourceIdSchema,
    block: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    /** `name`: found by the mention finder; `reference`: an indirect reference a curator cited. */
    how: z.enum(['name', 'reference']),
  })
  .strict();

export const sourceRecordSchema = z
  .object({ meta: sourceMetaSchema, text: z.string(), blocks: z.array(blockSchema) })
  .strict();

/**
 * A cue word of a fact: one inside its value ("would", "claimed"), with offsets into the value,
 * or one the fact declares around it (its `cues`), without offsets. A declared report is a
 * counter-claim ("which the North has denied").
 */
export const valueCueSchema = z
  .object({
    text: z.string(),
    kind: z.enum(CUE_KINDS),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
  })
  .strict();

/**
 * What the sources say of one specification, derived from the passages: stated by facts (their
 * indexes), spoken to by sentences about the entry that no fact reads (each verbatim, with its
 * place and citation number when one of the entry's citations quotes it), or not stated.
 */
export const specStatusSchema = z
  .object({
    label: z.enum(Object.keys(SPEC_LABELS) as [SpecLabel, ...SpecLabel[]]),
    status: z.enum(['stated', 'passage-only', 'not-stated']),
    facts: z.array(z.number().int().nonnegative()),
    passages: z.array(
      z
        .object({
          source: sourceIdSchema,
          block: z.string(),
          start: z.number().int().nonnegative(),
          end: z.number().int().nonnegative(),
          sentence: z.string(),
          citation: z.number().int().positive().optional(),
        })
        .strict(),
    ),
  })
  .strict();

/** An entry with every citation resolved and numbered (1-based, in order of first use). */
export const catalogEntrySchema = entrySchema.extend({
  /** Each difference with its heading, made from its label. */
  differences: z.array(differenceSchema.extend({ topic: z.string() })),
  /** For each alias, whether it is the plural of the name or of another alias, or another spelling. */
  aliasForms: z.array(z.enum(['plural', 'spelling'])),
  /** Every specification of SPEC_LABELS, stated, spoken to by a passage, or not stated. */
  specs: z.array(specStatusSchema),
  citations: z.array(resolvedCitationSchema),
  /** For each fact, the numbers of its citations in `citations`. */
  factCitations: z.array(z.array(z.number().int().positive())),
  /** For each relation, the number of its citation. */
  relationCitations: z.array(z.number().int().positive()),
  /** For each difference, the number of each side's citation. */
  differenceCitations: z.array(z.array(z.number().int().positive())),
  /** For each fact, its cue words inside the value and around it, as the verifier found them in its first quote. */
  factCues: z.array(z.array(valueCueSchema)),
});

export const catalogSchema = z
  .object({
    sources: z.array(sourceRecordSchema),
    entries: z.array(catalogEntrySchema),
    mentions: z.array(mentionSchema),
  })
  .strict();

export type Block = z.infer<typeof blockSchema>;
export type { BlockKind } from './source';
export type ResolvedCitation = z.infer<typeof resolvedCitationSchema>;
export type ValueCue = z.infer<typeof valueCueSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type SourceRecord = z.infer<typeof sourceRecordSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type SpecStatus = z.infer<typeof specStatusSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
