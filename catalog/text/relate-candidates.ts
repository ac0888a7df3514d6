import { findClosest } from './match-quote';
import { findDesignations, type Designation } from './designations';
import { distinctiveWords } from './name-words';
import type { Candidate } from './find-candidates';

/** An entry as far as naming goes. */
export interface NamedEntry {
  slug: string;
  name: string;
  aliases: readonly string[];
}

/**
 * How a candidate relates to an entry: `same-designation` and `name-word` say it may be that
 * entry; `variant` that it may be the entry's designation spelt another way; `other-number`
 * that it has the entry's letters with another number, so it is another system.
 */
export interface CandidateRelation {
  kind: 'same-designation' | 'variant' | 'name-word' | 'other-number';
  slug: string;
  name: string;
  why: string;
}

/** Two designations' letters that may be one name spelt two ways ("Hwasongpho", "Hwasong"). */
function similarLetters(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  if (short.length < 2) return short === long;
  return findClosest(long, short, 0.3)?.start === 0;
}

const digits = (d: Designation) => d.number.replace(/\D+$/u, '');

/** Whether a candidate ends in the same head noun as a name, in either number ("shell", "shells"). */
const sameHead = (candidate: string, name: string) => {
  const head = (text: string) => text.trim().split(/\s+/u).at(-1)!.toLowerCase().replace(/s$/u, '');
  return head(candidate) === head(name);
};

function relateDesignation(d: Designation, e: Designation, heads: boolean): Omit<CandidateRelation, 'slug' | 'name'> | null {
  if (d.kind !== e.kind) return null;
  if (d.key === e.key) return { kind: 'same-designation', why: `the same ${d.kind === 'caliber' ? 'calibre' : 'designation'} as "${e.text}"` };
  if (digits(d) === digits(e) && similarLetters(d.letters, e.letters)) {
    return { kind: 'variant', why: `"${d.text}" may be "${e.text}" spelt another way, or a variant of it (the same number): add it as an alias if it is the same system` };
  }
  if (d.kind === 'designation' && d.letters.toLowerCase() === e.letters.toLowerCase()) {
    return { kind: 'other-number', why: `another number than "${e.text}": a different system` };
  }
  if (d.kind === 'caliber' && heads) return { kind: 'other-number', why: `another calibre than "${e.text}": a different system` };
  return null;
}

const RANK: Record<CandidateRelation['kind'], number> = { 'same-designation': 0, variant: 1, 'name-word': 2, 'other-number': 3 };

/**
 * What the catalog already has that a candidate may be. A candidate with a designation or
 * calibre is compared by it alone: the same designation, a variant spelling with the same
 * number, or another number (a different system). A candidate without one may share a
 * distinctive name word ("Reaper drone" and the MQ 9 Reaper). At most one relation per entry,
 * the closest first.
 */
export function relateCandidate(candidate: Candidate, entries: readonly NamedEntry[]): CandidateRelation[] {
  const own = findDesignations(candidate.text);
  const words = new Set(candidate.text.split(/[\s\u00a0]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
  const relations: CandidateRelation[] = [];
  for (const entry of entries) {
    const names = [entry.name, ...entry.aliases];
    let best: Omit<CandidateRelation, 'slug' | 'name'> | null = null;
    if (own.length > 0) {
      for (const d of own) {
        for (const name of names) {
          for (const e of findDesignations(name)) {
            const r = relateDesignation(d, e, sameHead(candidate.text, name));
            if (r && (!best || RANK[r.kind] < RANK[best.kind])) best = r;
          }
        }
      }
    } else {
      const shared = names.flatMap(distinctiveWords).find((w) => words.has(w.toLowerCase()));
      if (shared) best = { kind: 'name-word', why: `shares the name word "${shared}"` };
    }
    if (best) relations.push({ ...best, slug: entry.slug, name: entry.name });
  }
  return relations.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
}
