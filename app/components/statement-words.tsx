import { HOW_TO_READ_HREF } from '@/catalog/labels';
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
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
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
  view: Pick<StatementView, 'speaker' | 'parts' | 'how'>;
  refs: Reference[];
  /** Leave out the speaker, where a heading already says whose account it is. */
  withoutSpeaker?: boolean;
}

/**
 * A statement as every entry shows it: who says it in the source's own verb, its words, its
 * footnotes, and how surely it is put, linked to where "How to read an entry" defines the words.
 */
export function Statement({ view, refs, withoutSpeaker = false }: StatementProps) {
  return (
    <>
      {!withoutSpeaker && <span className="statement-speaker">{view.speaker}: </span>}
      <span className="statement-words">
        <StatementWords view={view} />
      </span>{' '}
      <FootnoteMarks refs={refs} />{' '}
      <a href={HOW_TO_READ_HREF} className="statement-how">
        {view.how}
      </a>
    </>
  );
}
