import { CERTAINTY_TERMS, FACT_LABELS, RELATION_LABELS, speakerText, statementText, voiceText, type StatementLike } from '../labels';
import type { AnnotationBody, Annotation } from './annotation-schema';
import type { CitationUse, Span } from './citation-uses';

const text = (purpose: 'describing' | 'tagging' | 'classifying', value: string): AnnotationBody => ({
  type: 'TextualBody',
  purpose,
  value,
  format: 'text/plain',
  language: 'en',
});

/** The voice of a use's words: its speaker chain, or the article's own reporting or caption. */
function voice(statement: StatementLike, span: Span, sourceName: (id: string) => string): string {
  const caption = span.blockKind === 'caption' ? { ...(span.credit && { credit: span.credit }) } : undefined;
  return voiceText(statement, { sourceName: sourceName(span.source), ...(caption && { caption }) });
}

/** What the passage says about the entry, in the catalog's labels and the source's words, with who says it. */
function describe(use: CitationUse, sourceName: (id: string) => string): string {
  const name = use.entry.name;
  switch (use.kind) {
    case 'fact':
      return `${name} — ${FACT_LABELS[use.label]}: ${statementText({ ...use.factuality, value: use.value }, use.span.quote)} (${voice(use.factuality, use.span, sourceName)})`;
    case 'relation':
      return `${name} ${RELATION_LABELS[use.type]} ${use.target.name} (${voice(use.factuality, use.span, sourceName)})`;
    case 'difference':
      return `${name} — ${use.topic}: the account of ${voice(use.factuality, use.span, sourceName)}`;
    case 'mention':
      return use.how === 'name' ? `Names ${name}` : `Refers to ${name} without naming it`;
  }
}

/**
 * The factuality of a statement as classifying bodies, so that tools need not parse the
 * description: its certainty (with the catalog's fixed term), its polarity, and its speaker
 * chain outermost first, or "the article" for the article's own voice.
 */
function classify(statement: StatementLike): AnnotationBody[] {
  const chain = statement.speaker.map((l) => `${l.party} (${l.cue})`).join(' > ');
  return [
    text('classifying', `certainty: ${statement.certainty} (${CERTAINTY_TERMS[statement.certainty]})`),
    text('classifying', `polarity: ${statement.polarity}`),
    text('classifying', `speaker: ${chain || 'the article'}${statement.speaker.length > 1 ? ` (${speakerText(statement.speaker)})` : ''}`),
    ...statement.cues.map((cue) => text('classifying', `cue outside the value: ${cue}`)),
  ];
}

/**
 * The motivation and bodies of the annotation for one citation use: a describing text, the
 * certainty, polarity and speaker chain of what it asserts, the entry's name as a tag, the
 * entry page it identifies, and for a relation the related entry.
 */
export function annotationBodies(
  use: CitationUse,
  entryUrl: (slug: string) => string,
  sourceName: (id: string) => string,
): Pick<Annotation, 'motivation' | 'body'> {
  const body: AnnotationBody[] = [
    text('describing', describe(use, sourceName)),
    ...(use.kind === 'mention' ? [] : classify(use.factuality)),
    text('tagging', use.entry.name),
    { type: 'SpecificResource', purpose: 'identifying', source: entryUrl(use.entry.slug) },
  ];
  if (use.kind === 'relation') body.push({ type: 'SpecificResource', purpose: 'linking', source: entryUrl(use.target.slug) });
  const linking = use.kind === 'relation' || use.kind === 'mention';
  return { motivation: linking ? 'linking' : 'describing', body };
}
