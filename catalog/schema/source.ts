import { z } from 'zod';

/** A source id: lowercase words joined by hyphens, also the stored file's name. */
export const sourceIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens, e.g. "article-000"');

/**
 * A metadata field as the source text gives it. `stated` fields carry the value exactly as
 * written and the passage that states it; everything else is recorded as `not-stated`,
 * never filled in from elsewhere.
 */
export const statedFieldSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('stated'),
    value: z.string().min(1),
    /** Verbatim passage of the source that contains `value`. */
    quote: z.string().min(1),
  }),
  z.object({ status: z.literal('not-stated') }),
]);

export const METADATA_FIELDS = ['headline', 'section', 'byline', 'publisher', 'date'] as const;

/**
 * What a passage of a source is. `chrome` (site navigation, share and comment widgets) is the
 * only kind the reader does not show; `note` is an editor's note (a wire service's editing note,
 * a translation note), `timestamp` a line that gives a date ("Published July 28, 2023", or a
 * scraper's stamp), `alt-text` an image's description printed before its caption.
 */
export const BLOCK_KINDS = ['headline', 'paragraph', 'caption', 'byline', 'chrome', 'note', 'timestamp', 'alt-text'] as const;

const lineNumber = z.number().int().positive();

/** A regular expression's source, checked to compile (with the `u` flag, as it is applied). */
const patternSchema = z
  .string()
  .min(1)
  .refine(
    (source) => {
      try {
        new RegExp(source, 'u');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression (it is applied with the "u" flag to each line, trimmed)' },
  );

/**
 * A curator's decision about some lines of a source, overriding the segmenter: the lines
 * `lines[0]`..`lines[1]` (1-based, inclusive, as an editor numbers them), or every line whose
 * trimmed text `match`es, are of `kind`. `reason` says why, in the curator's words.
 */
export const blockRuleSchema = z.union([
  z
    .object({
      lines: z.tuple([lineNumber, lineNumber]).refine(([a, b]) => a <= b, 'the first line number must not be after the last'),
      kind: z.enum(BLOCK_KINDS),
      reason: z.string().min(1),
    })
    .strict(),
  z.object({ match: patternSchema, kind: z.enum(BLOCK_KINDS), reason: z.string().min(1) }).strict(),
]);

/** A block as recorded when its source was segmented: `"<id> <start>-<end>"`, e.g. `"paragraph-3 1410-1734"`. */
export const recordedBlockSchema = z
  .string()
  .regex(/^[a-z0-9-]+ \d+-\d+$/, 'a recorded block is "<id> <start>-<end>", e.g. "paragraph-3 1410-1734"');

/** One suggestion turned down: the passage (as a citation picks it), the entry it is not (if any), and why. */
export const declinedSchema = z
  .object({
    quote: z.string().min(1),
    block: z.string().min(1).optional(),
    prefix: z.string().min(1).optional(),
    suffix: z.string().min(1).optional(),
    /** The entry the passage was offered as and is not; omitted when it names no weapon system. */
    entry: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an entry slug, e.g. "new-uav"').optional(),
    reason: z.string().min(1),
  })
  .strict();

export const sourceMetaSchema = z
  .object({
    id: sourceIdSchema,
    /** The file name the article was archived under before it entered the catalog. */
    archivedAs: z.string().min(1),
    /** SHA-256 (hex) of the stored text; the verifier refuses a source that no longer matches. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 digest is 64 lowercase hex digits'),
    headline: statedFieldSchema,
    section: statedFieldSchema,
    byline: statedFieldSchema,
    publisher: statedFieldSchema,
    date: statedFieldSchema,
    /** A translator's note ("Translated from Korean by …"): the reader shows it with the article. Omitted: the text has none. */
    translation: statedFieldSchema.optional(),
    /**
     * This text is a later version of another source (a wire story's update), by the curator's
     * decision; `quote`, if given, is the passage of this text that marks it as one
     * ("(ATTN: ADDS …; RECASTS headline)", "(LEAD)"). The reader of each version says so.
     */
    laterVersionOf: z.object({ source: sourceIdSchema, quote: z.string().min(1).optional() }).strict().optional(),
    /**
     * Suggestions of the curator's commands that the curator turned down, so that they are not
     * offered again: a description that is not the entry it was offered as (`entry`), or a phrase
     * that names no weapon system at all (no `entry`). Each picks its passage as a citation does.
     */
    declined: z.array(declinedSchema).optional(),
    /** Decisions that override the segmenter for some lines, applied in order (the first that fits wins). */
    blockRules: z.array(blockRuleSchema).optional(),
    /**
     * The blocks as they were when the source was added or last re-segmented. The verifier
     * compares them with today's segmentation and names every citation whose block changed.
     */
    recordedBlocks: z.array(recordedBlockSchema).optional(),
  })
  .strict();

export type StatedField = z.infer<typeof statedFieldSchema>;
export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type MetadataField = (typeof METADATA_FIELDS)[number];
export type BlockRule = z.infer<typeof blockRuleSchema>;
export type Declined = z.infer<typeof declinedSchema>;
export type BlockKind = (typeof BLOCK_KINDS)[number];
