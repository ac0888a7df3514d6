import { FACT_LABELS, RELATION_LABELS, type Attribution } from '../schema/entry';
import type { AnnotationBody, Annotation } from './annotation-schema';
import type { CitationUse } from './citation-uses';

const describeAttribution = (a: Attribution) =>
  a === 'article' ? "the article's own reporting" : a.via ? `${a.party}, as reported by ${a.via}` : a.party;

const text = (purpose: 'describing' | 'tagging', value: string): AnnotationBody => ({
  type: 'TextualBody',
  purpose,
  value,
  format: 'text/plain',
  language: 'en',
});

/** What the passage says about the entry, in the catalog's labels and the source's words. */
function describe(use: CitationUse): string {
  const name = use.entry.name;
  switch (use.kind) {
    case 'fact':
      return `${name} — ${FACT_LABELS[use.label]}: ${use.value} (attributed to ${describeAttribution(use.attribution)})`;
    case 'relation':
      return `${name} ${RELATION_LABELS[use.type]} ${use.target.name}`;
    case 'difference':
      return `${name} — ${use.topic}: the account of ${describeAttribution(use.attribution)}`;
    case 'mention':
      return use.how === 'name' ? `Names ${name}` : `Refers to ${name} without naming it`;
  }
}

/**
 * The motivation and bodies of the annotation for one citation use: a describing text, the
 * entry's name as a tag, the entry page it identifies, and for a relation the related entry.
 */
export function annotationBodies(use: CitationUse, entryUrl: (slug: string) => string): Pick<Annotation, 'motivation' | 'body'> {
  const body: AnnotationBody[] = [
    text('describing', describe(use)),
    text('tagging', use.entry.name),
    { type: 'SpecificResource', purpose: 'identifying', source: entryUrl(use.entry.slug) },
  ];
  if (use.kind === 'relation') body.push({ type: 'SpecificResource', purpose: 'linking', source: entryUrl(use.target.slug) });
  const linking = use.kind === 'relation' || use.kind === 'mention';
  return { motivation: linking ? 'linking' : 'describing', body };
}
