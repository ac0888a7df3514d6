import type { StatementPart, StatementView } from '@/catalog/views';

const VOICE_TAGS: Record<StatementView['voiceKind'], string> = {
  attributed: 'Attributed',
  own: 'Own reporting',
  caption: 'Photo caption',
};

export interface StatementWordsProps {
  view: Pick<StatementView, 'speaker' | 'parts'>;
}

/** A statement's words with its speaker first and the source's cue words marked. */
export function StatementWords({ view }: StatementWordsProps) {
  return (
    <>
      {view.speaker && <span className="font-sans text-[0.9em] font-semibold">{view.speaker}: </span>}
      {view.parts.map((part: StatementPart, i) =>
        part.cue ? (
          <em key={i} className="cue" data-cue={part.cue}>
            {part.text}
          </em>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

export interface VoiceLineProps {
  view: Pick<StatementView, 'voice' | 'voiceKind' | 'certainty'>;
}

/** Whose words a statement is and how sure it is, in words (a tag, not a colour, tells them apart). */
export function VoiceLine({ view }: VoiceLineProps) {
  return (
    <>
      <span className={`voice-tag voice-${view.voiceKind}`}>{VOICE_TAGS[view.voiceKind]}</span> {view.voice}
      <span aria-hidden="true"> · </span>
      <span className="sr-only">. Certainty: </span>
      {view.certainty}
    </>
  );
}
