import { z } from 'zod';
import type { SourceMeta, StatedField } from '../schema/source';
import { sourceHref } from '../views';

/**
 * The CSL-JSON fields a source's citation may carry (https://citationstyles.org). Strict, so
 * nothing the article does not state can slip in: no access date, DOI or original URL.
 */
export const cslItemSchema = z
  .object({
    id: z.string().min(1),
    type: z.literal('article-newspaper'),
    /** The headline as printed. */
    title: z.string().min(1).optional(),
    /** The byline as written, as one literal name (never split or re-cased). */
    author: z.array(z.object({ literal: z.string().min(1) }).strict()).length(1).optional(),
    /** The publisher the text names. */
    'container-title': z.string().min(1).optional(),
    section: z.string().min(1).optional(),
    issued: z.object({ literal: z.string().min(1) }).strict().optional(),
    /** The catalog's own page for the source, the one address the catalog can vouch for. */
    URL: z.url(),
  })
  .strict();

export type CslItem = z.infer<typeof cslItemSchema>;

/** The value of a stated field, or undefined when the text does not state it. */
export const statedValue = (field: StatedField) => (field.status === 'stated' ? field.value : undefined);

/**
 * A source as one CSL-JSON item holding only what its text states: title from a stated
 * headline, author from a stated byline (kept as written), the publisher as container-title,
 * the section and date if stated, and the catalog page URL. Fields not stated are left out.
 */
export function sourceCslItem(meta: SourceMeta, baseUrl: string): CslItem {
  const title = statedValue(meta.headline);
  const author = statedValue(meta.byline);
  const publisher = statedValue(meta.publisher);
  const section = statedValue(meta.section);
  const date = statedValue(meta.date);
  return cslItemSchema.parse({
    id: meta.id,
    type: 'article-newspaper',
    ...(title && { title }),
    ...(author && { author: [{ literal: author }] }),
    ...(publisher && { 'container-title': publisher }),
    ...(section && { section }),
    ...(date && { issued: { literal: date } }),
    URL: `${baseUrl}${sourceHref(meta.id)}`,
  });
}
