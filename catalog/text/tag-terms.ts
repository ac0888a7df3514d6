// The tagger alone ('compromise/two'): the same tags as the full library, which also builds
// phrase chunks no caller reads, in half the time.
import nlp from 'compromise/two';

/** A word of a text, where it is (UTF-16 offsets into the text) and its part-of-speech tags. */
export interface Term {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/**
 * Texts tagged lately, with their terms: tagging is the costliest step of reading a passage, and
 * the same sentence is often asked about for several of its cues. Bounded, so a large catalog
 * does not keep every sentence it has read.
 */
const tagged = new Map<string, readonly Term[]>();
const TAGGED_KEPT = 512;

/** The words of `text` with their offsets and part-of-speech tags (compromise's rule-based tagger). */
export function tagTerms(text: string): readonly Term[] {
  const known = tagged.get(text);
  if (known) return known;
  const sentences = nlp(text).json({ offset: true }) as { terms: { text: string; offset: { start: number; length: number }; tags: string[] }[] }[];
  const terms = sentences.flatMap((s) =>
    s.terms.map((t) => ({ text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags) as ReadonlySet<string> })),
  );
  if (tagged.size >= TAGGED_KEPT) tagged.delete(tagged.keys().next().value!);
  tagged.set(text, terms);
  return terms;
}
