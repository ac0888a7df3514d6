// Part-of-speech tags for the candidate finder: compromise's rule-based tagger alone
// ('compromise/two'), whose tags (Noun, Adjective, Verb, Acronym…) the weapon lexicon and the
// noun-phrase edges of find-candidates.ts are written against. The verifier reads sentences
// through catalog/text/tag-terms.ts instead.
import nlp from 'compromise/two';
import type { Term } from './tag-terms';

const tagged = new Map<string, readonly Term[]>();
const TAGGED_KEPT = 512;

/** The words of `text` with their offsets and compromise's tags. */
export function tagCandidateTerms(text: string): readonly Term[] {
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
