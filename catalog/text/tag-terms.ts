import nlp from 'compromise';

/** A word of a text, where it is (UTF-16 offsets into the text) and its part-of-speech tags. */
export interface Term {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
}

/** The words of `text` with their offsets and part-of-speech tags (compromise's rule-based tagger). */
export function tagTerms(text: string): Term[] {
  const sentences = nlp(text).json({ offset: true }) as { terms: { text: string; offset: { start: number; length: number }; tags: string[] }[] }[];
  return sentences.flatMap((s) =>
    s.terms.map((t) => ({ text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags) })),
  );
}
