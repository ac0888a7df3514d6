/**
 * The subset of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * that /annotations.jsonld uses. The builder's output is parsed by these schemas before it is
 * written, and the types come from them.
 */
import { z } from 'zod';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export const textQuoteSelectorSchema = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1),
    /** Up to 32 code points of the raw source text before `exact`; absent at the start. */
    prefix: z.string().min(1).optional(),
    suffix: z.string().min(1).optional(),
  })
  .strict();

/** Offsets into the raw source text in Unicode code points, as the model requires. */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict();

export const textualBodySchema = z
  .object({
    type: z.literal('TextualBody'),
    /** `classifying`: the certainty, polarity or speaker chain of what the passage is cited for. */
    purpose: z.enum(['describing', 'tagging', 'classifying']),
    value: z.string().min(1),
    format: z.literal('text/plain'),
    language: z.literal('en'),
  })
  .strict();

export const specificResourceBodySchema = z
  .object({
    type: z.literal('SpecificResource'),
    /** `identifying`: the entry the passage is about; `linking`: an entry it relates that one to. */
    purpose: z.enum(['identifying', 'linking']),
    source: z.url(),
  })
  .strict();

export const annotationSchema = z
  .object({
    id: z.url(),
    type: z.literal('Annotation'),
    motivation: z.enum(['describing', 'linking']),
    body: z.array(z.union([textualBodySchema, specificResourceBodySchema])).min(1),
    target: z
      .object({
        source: z.url(),
        selector: z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]),
      })
      .strict(),
  })
  .strict();

export const annotationCollectionSchema = z
  .object({
    '@context': z.literal(ANNOTATION_CONTEXT),
    id: z.url(),
    type: z.literal('AnnotationCollection'),
    label: z.string().min(1),
    total: z.number().int().nonnegative(),
    first: z
      .object({
        id: z.url(),
        type: z.literal('AnnotationPage'),
        startIndex: z.literal(0),
        items: z.array(annotationSchema),
      })
      .strict(),
  })
  .strict();

export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;
export type AnnotationBody = z.infer<typeof annotationSchema>['body'][number];
export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotationCollection = z.infer<typeof annotationCollectionSchema>;
