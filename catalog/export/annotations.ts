import { hashBytes } from '../verify/verify-sources';
import type { Catalog } from '../schema/derived';
import { entryHref, sourceHref, sourceName } from '../views';
import { annotationBodies } from './annotation-bodies';
import { ANNOTATION_CONTEXT, annotationCollectionSchema, type Annotation, type AnnotationCollection } from './annotation-schema';
import { listCitationUses, type CitationUse } from './citation-uses';
import { textAfter, textBefore, toCodePointOffset } from './code-points';

export const ANNOTATIONS_PATH = '/annotations.jsonld';
/** Context kept around a quote, in code points, as Hypothesis does. */
const CONTEXT_LENGTH = 32;

/**
 * A stable id: a digest of what the annotation asserts and where, so it survives entries being
 * reordered and changes only when the claim or the cited span changes.
 */
function annotationKey(use: CitationUse): string {
  const { kind, entry, span } = use;
  const claim =
    kind === 'fact' ? [use.label, use.value, use.factuality.speaker] : kind === 'relation' ? [use.type, use.target.slug, use.factuality.speaker] : kind === 'difference' ? [use.topic, use.value, use.factuality.speaker] : [use.how];
  const digest = hashBytes(new TextEncoder().encode(JSON.stringify([entry.slug, kind, ...claim, span.source, span.start, span.end])));
  return `${entry.slug}-${kind}-${digest.slice(0, 12)}`;
}

/**
 * Every citation of every entry as a W3C Web Annotation, in one AnnotationCollection. Each
 * targets the source's reader page at `baseUrl` with two selectors over the raw stored text: a
 * TextQuoteSelector (the quote with up to 32 code points either side) and a
 * TextPositionSelector whose offsets are Unicode code points, converted from the catalog's
 * UTF-16 offsets.
 *
 * @throws when the result does not fit the annotation schema.
 */
export function buildAnnotationCollection(catalog: Catalog, baseUrl: string): AnnotationCollection {
  const texts = new Map(catalog.sources.map((s) => [s.meta.id, s.text]));
  const collectionId = `${baseUrl}${ANNOTATIONS_PATH}`;
  const seen = new Set<string>();
  const items: Annotation[] = [];
  for (const use of listCitationUses(catalog)) {
    const key = annotationKey(use);
    if (seen.has(key)) continue;
    seen.add(key);
    const raw = texts.get(use.span.source)!;
    const { start, end } = use.span;
    const prefix = textBefore(raw, start, CONTEXT_LENGTH);
    const suffix = textAfter(raw, end, CONTEXT_LENGTH);
    items.push({
      id: `${collectionId}#${key}`,
      type: 'Annotation',
      ...annotationBodies(use, (slug) => `${baseUrl}${entryHref(slug)}`, sourceName),
      target: {
        source: `${baseUrl}${sourceHref(use.span.source)}`,
        selector: [
          { type: 'TextQuoteSelector', exact: raw.slice(start, end), ...(prefix && { prefix }), ...(suffix && { suffix }) },
          { type: 'TextPositionSelector', start: toCodePointOffset(raw, start), end: toCodePointOffset(raw, end) },
        ],
      },
    });
  }
  return annotationCollectionSchema.parse({
    '@context': ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label:
      'Every passage the catalog cites or finds an entry named in. Selectors address the stored source text: ' +
      'TextPositionSelector offsets count Unicode code points.',
    total: items.length,
    first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  });
}
