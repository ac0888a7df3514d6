import { HOW_TO_READ_HREF, READING_PREFIX } from '@/catalog/labels';

const READING_LABEL = `${READING_PREFIX.charAt(0).toUpperCase()}${READING_PREFIX.slice(1)}`;
import type { Reference, StatementPart, StatementView } from '@/catalog/views';

export interface StatementWordsProps {
  view: Pick<StatementView, 'parts'>;
}

/** A statement's words, the source's cue words in them marked. */
export function StatementWords({ view }: StatementWordsProps) {
  return view.parts.map((part: StatementPart, i) =>
    part.cue ? (
      <em key={i} className="cue" data-cue={part.cue}>
        {part.text}
      </em>
    ) : part.refers ? (
      <span key={i} className="refers-note">
        {part.text}
      </span>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}

/** The curator's readings of a statement, where a meaning rule could not judge it, shown as the catalog's. */
export function Readings({ readings }: { readings: string[] }) {
  return readings.map((r) => (
    <span key={r} className="statement-reading">
      {READING_LABEL} {r}
    </span>
  ));
}

/** Numbered markers to the footnotes a statement's words are read from. */
export function FootnoteMarks({ refs }: { refs: Reference[] }) {
  return refs.map((r) => (
    <a key={r.id} href={`#${r.id}`} className="footnote-mark" aria-label={`Footnote ${r.n}`}>
      [{r.n}]
    </a>
  ));
}

export interface StatementProps {
  view: Pick<StatementView, 'speaker' | 'speakerInWords' | 'parts' | 'how' | 'readings'>;
  refs: Reference[];
}

/**
 * A statement as every entry shows it: who says it in the source's own verb, its words, its
 * footnotes, and how surely it is put, linked to where "How to read an entry" defines the words.
 */
export function Statement({ view, refs }: StatementProps) {
  return (
    <>
      {!view.speakerInWords && <span className="statement-speaker">{view.speaker}: </span>}
      <span className="statement-words">
        <StatementWords view={view} />
      </span>{' '}
      <FootnoteMarks refs={refs} />{' '}
      <a href={HOW_TO_READ_HREF} className="statement-how">
        {view.how}
      </a>
      <Readings readings={view.readings} />
    </>
  );
}
