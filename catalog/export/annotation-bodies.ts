import { FACT_LABELS, RELATION_LABELS, howSurelyText, speakerPhrase, speakerText, statementLine, statementWords, type StatementLike } from '../labels';
import type { ValueCue } from '../schema/derived';
import { qualifyingCues, quoteCues, voiceOrigin } from '../views';
import type { AnnotationBody, Annotation } from './annotation-schema';
import type { CitationUse } from './citation-uses';

const text = (purpose: 'describing' | 'tagging' | 'classifying', value: string): AnnotationBody => ({
  type: 'TextualBody',
  purpose,
  value,
  format: 'text/plain',
  language: 'en',
});

type StatementUse = Exclude<CitationUse, { kind: 'mention' }>;

/** The cue words of a use, as the entry page finds them: the fact's, or those of the quote a relation or a side is. */
function cuesOf(use: StatementUse): ValueCue[] {
  if (use.kind === 'fact') return use.entry.factCues[use.entry.facts.indexOf(use.factuality as (typeof use.entry.facts)[number])] ?? [];
  const { source, start, end } = use.span;
  const citation = use.entry.citations.find((c) => c.source === source && c.start === start && c.end === end);
  return citation ? quoteCues(citation) : [];
}

/** A statement as every page words it (`statementLine`), with the entry's name first. */
function describe(use: StatementUse): string {
  const speaker = speakerPhrase(use.factuality, voiceOrigin({ source: use.span.source, blockKind: use.span.blockKind ?? 'paragraph' }));
  const how = howSurelyText(use.factuality, qualifyingCues(cuesOf(use)));
  const name = use.entry.name;
  switch (use.kind) {
    case 'fact':
      return `${name} — ${statementLine({ label: FACT_LABELS[use.label], speaker, words: statementWords({ ...use.factuality, value: use.value }, use.span.quote), how })}`;
    case 'relation':
      return `${name} — ${statementLine({ label: `${RELATION_LABELS[use.type]} ${use.target.name}`, speaker, words: use.span.quote, how })}`;
    case 'difference':
      return `${name} — ${statementLine({ label: use.topic, speaker, words: statementWords({ ...use.factuality, value: use.value }, use.span.quote), how })}`;
  }
}

/**
 * The factuality of a statement as classifying bodies, so that tools need not parse the
 * description: its certainty (FactBank's term, with how surely the page says it is put), its
 * polarity, and its speaker chain outermost first, or "the article" for the article's own voice.
 */
function classify(use: StatementUse): AnnotationBody[] {
  const statement: StatementLike = use.factuality;
  const chain = statement.speaker.map((l) => `${l.party} (${l.cue})`).join(' > ');
  return [
    text('classifying', `certainty: ${statement.certainty} (${howSurelyText(statement, qualifyingCues(cuesOf(use)))})`),
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
export function annotationBodies(use: CitationUse, entryUrl: (slug: string) => string): Pick<Annotation, 'motivation' | 'body'> {
  const described = use.kind === 'mention' ? (use.how === 'name' ? `Names ${use.entry.name}` : `Refers to ${use.entry.name} without naming it`) : describe(use);
  const body: AnnotationBody[] = [
    text('describing', described),
    ...(use.kind === 'mention' ? [] : classify(use)),
    text('tagging', use.entry.name),
    { type: 'SpecificResource', purpose: 'identifying', source: entryUrl(use.entry.slug) },
  ];
  if (use.kind === 'relation') body.push({ type: 'SpecificResource', purpose: 'linking', source: entryUrl(use.target.slug) });
  const linking = use.kind === 'relation' || use.kind === 'mention';
  return { motivation: linking ? 'linking' : 'describing', body };
}
