import { tagTerms, type Term } from './tag-terms';

const isVerb = (t: Term) => t.tags.has('Verb');
/** Verb forms that continue a verb phrase rather than start a clause: "carrying", "based", "to stage". */
const isNonFinite = (t: Term, previous: Term | undefined) =>
  t.tags.has('Gerund') || t.tags.has('Participle') || previous?.text.toLowerCase() === 'to';

/**
 * Where the restrictive relative clause that starts with the verb phrase at `from` ends: before
 * the first finite verb that follows the clause's own verb and at least one word that is not a
 * verb ("arms that would fit Moscow’s needs | include weapons…"). `null` when the clause runs
 * to `limit` (the end of `text` unless given).
 */
export function relativeClauseEnd(text: string, from: number, limit = text.length): number | null {
  // The whole sentence is tagged once (and cached for every other reader of it); the clause is read within `limit`.
  const terms = tagTerms(text).filter((t) => t.start >= from && t.end <= limit);
  let sawObject = false;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (!isVerb(term)) {
      sawObject = true;
      continue;
    }
    if (sawObject && !isNonFinite(term, terms[i - 1])) return term.start;
  }
  return null;
}
