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
  })
  .strict();

export type StatedField = z.infer<typeof statedFieldSchema>;
export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type MetadataField = (typeof METADATA_FIELDS)[number];
