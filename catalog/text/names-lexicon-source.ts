/**
 * Which capitalised words name places, people and organisations, read from compromise's English
 * lexicon (MIT licence). catalog/text/names-lexicon.json holds the same words, written by
 * `npm run names-lexicon` and checked against compromise by a unit test: loading compromise
 * itself costs the verifier several hundred milliseconds at every start.
 */
import nlp from 'compromise';

/** The kinds of names the tagger reads (see NAME_TAGS in tag-terms.ts), as compromise tags them. */
export const NAME_KINDS = ['Country', 'City', 'Region', 'Place', 'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Organization', 'Demonym'] as const;

/** compromise's lexicon, less every word that is not one of NAME_KINDS, in the JSON file's form. */
export function namesLexicon(): { from: string; words: Record<string, string | string[]> } {
  const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const kinds = new Set<string>(NAME_KINDS);
  const words: Record<string, string | string[]> = {};
  for (const word of Object.keys(lexicon).sort()) {
    const tags = [lexicon[word]!].flat().filter((t) => kinds.has(t));
    if (tags.length > 0) words[word] = tags.length === 1 ? tags[0]! : tags;
  }
  return { from: `compromise ${(nlp as unknown as { version: string }).version} lexicon`, words };
}
