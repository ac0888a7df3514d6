import { findClosest } from './match-quote';
import { findDesignations, type Designation } from './designations';
import { distinctiveWords } from './name-words';
import { weaponKindOf, type Candidate } from './find-candidates';
import { FUNCTION_WORDS, QUALITATIVE, headRow, type WeaponKind } from './weapon-lexicon';

/** An entry as far as naming goes; `category` and `words` let descriptions be tied to it. */
export interface NamedEntry {
  slug: string;
  name: string;
  aliases: readonly string[];
  category?: string;
  /** Other words the entry's own passages describe it with: fact values, mention quotes. */
  describedAs?: readonly string[];
}

/**
 * How a candidate relates to an entry: `same-designation` and `name-word` say it may be that
 * entry; `variant` that it may be the entry's designation spelt another way; `other-number`
 * that it has the entry's letters with another number, and `other-kind` that it has the entry's
 * calibre or designation on another kind of weapon (launchers, not shells): another system.
 */
export interface CandidateRelation {
  kind: 'same-designation' | 'variant' | 'name-word' | 'other-number' | 'other-kind';
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
const KIND_WORDS: Record<WeaponKind, string> = {
  uav: 'drones',
  missile: 'missiles',
  rocket: 'rockets',
  shell: 'shells or rounds',
  launcher: 'launchers',
  gun: 'guns',
  aircraft: 'aircraft',
  armour: 'armoured vehicles',
  naval: 'ships or torpedoes',
  bomb: 'bombs',
  warhead: 'warheads',
};

function relateDesignation(d: Designation, e: Designation, kinds: { own?: WeaponKind; theirs?: WeaponKind }): Omit<CandidateRelation, 'slug' | 'name'> | null {
  if (d.kind !== e.kind) return null;
  const calibre = d.kind === 'caliber' ? 'calibre' : 'designation';
  if (kinds.own && kinds.theirs && kinds.own !== kinds.theirs && digits(d) === digits(e)) {
    return { kind: 'other-kind', why: `the same ${calibre} as "${e.text}", but ${KIND_WORDS[kinds.own]}, not ${KIND_WORDS[kinds.theirs]}: a different system` };
  }
  if (d.key === e.key) return { kind: 'same-designation', why: `the same ${calibre} as "${e.text}"` };
  if (digits(d) === digits(e) && similarLetters(d.letters, e.letters)) {
    return { kind: 'variant', why: `"${d.text}" may be "${e.text}" spelt another way, or a variant of it (the same number): add it as an alias if it is the same system` };
  }
  if (d.kind === 'designation' && d.letters.toLowerCase() === e.letters.toLowerCase()) {
    return { kind: 'other-number', why: `another number than "${e.text}": a different system` };
  }
  if (d.kind === 'caliber' && kinds.own && kinds.own === kinds.theirs) return { kind: 'other-number', why: `another calibre than "${e.text}": a different system` };
  return null;
}

const RANK: Record<CandidateRelation['kind'], number> = { 'same-designation': 0, variant: 1, 'name-word': 2, 'other-number': 3, 'other-kind': 4 };

/**
 * What the catalog already has that a candidate may be. A candidate with a designation or
 * calibre is compared by it alone: the same designation, a variant spelling with the same
 * number, another number, or the same calibre on another kind of weapon (a different system:
 * a launcher is never a shell). A candidate without one may share a distinctive name word
 * ("Reaper drone" and the MQ 9 Reaper). At most one relation per entry, the closest first.
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
          const theirs = weaponKindOf(name) ?? (entry.category ? weaponKindOf(entry.category) : undefined);
          for (const e of findDesignations(name)) {
            const r = relateDesignation(d, e, { own: candidate.weapon, theirs });
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

/** An entry a description may refer to, and the words that tie them. */
export interface ReferenceOffer {
  slug: string;
  name: string;
  ties: string[];
}

/** What the linker knows of an entry: the kinds of weapon it names and the words that describe it, with where. */
interface Profile {
  entry: NamedEntry;
  kinds: Set<WeaponKind>;
  /** Word → where it is ("its name", "its fact “reconnaissance and combat variants”"), and how strongly it ties. */
  words: Map<string, { where: string; weight: number }>;
}

const wordsOf = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w) && !headRow(w));

function profile(entry: NamedEntry): Profile {
  const kinds = new Set([entry.name, ...entry.aliases, entry.category ?? ''].flatMap((n) => weaponKindOf(n) ?? []));
  const words = new Map<string, { where: string; weight: number }>();
  const add = (text: string, where: string, weight: number) => {
    for (const w of wordsOf(text)) if ((words.get(w)?.weight ?? 0) < weight) words.set(w, { where, weight });
  };
  for (const d of entry.describedAs ?? []) add(d, `its passage “${d.length > 60 ? `${d.slice(0, 59)}…` : d}”`, 1);
  if (entry.category) add(entry.category, `its category “${entry.category}”`, 2);
  for (const a of entry.aliases) add(a, `its alias “${a}”`, 2);
  add(entry.name, `its name “${entry.name}”`, 2);
  return { entry, kinds, words };
}

/** A description of one source with what it may refer to: the entries it names by kind and the words that tie them. */
export interface LinkedDescription {
  candidate: Candidate;
  offers: ReferenceOffer[];
}

/** How far back (in characters) a description looks for what it refers to: a long report's passages are about many things. */
export const REFERENCE_REACH = 6000;

/**
 * Entity linking for descriptions ("combat UAV", "the new drones", "the drones"): each
 * description of a source, whose head noun names the same kind of weapon as an entry, is
 * offered as a possible mention of the entries its modifiers tie it to (a word of their names,
 * categories or passages: "combat" in "reconnaissance and combat variants"), the best tied
 * first. A definite head noun alone ("the drones") is offered the entries of its kind the
 * source names shortly before it (within REFERENCE_REACH characters), or that another of its
 * descriptions nearby was tied to; so is a typed description ("white attack drones") that no
 * word ties. A description tied to nothing is left for the candidates: it may be a new system.
 *
 * @param named slug → where the source names the entry (block ids and offsets), from its name mentions, in order.
 */
export function linkDescriptions(
  descriptions: readonly Candidate[],
  entries: readonly NamedEntry[],
  named: ReadonlyMap<string, readonly { block: string; start: number }[]>,
): LinkedDescription[] {
  const profiles = entries.map(profile);
  const linked: LinkedDescription[] = [];
  for (const c of descriptions) {
    if (!c.weapon) continue;
    const ofKind = profiles.filter((p) => p.kinds.has(c.weapon!));
    const scored = ofKind
      .map((p) => {
        const ties = c.modifiers.flatMap((m) => {
          const at = p.words.get(m.toLowerCase());
          // A describing word ("new", "North Korean") ties only through a name: any passage may use it.
          if (!at || (QUALITATIVE.has(m.toLowerCase()) && at.weight < 2)) return [];
          return [{ text: `"${m}" is in ${at.where}`, weight: at.weight }];
        });
        return { p, ties, score: ties.reduce((n, t) => n + t.weight, 0) };
      })
      .filter((s) => s.score > 0);
    const best = Math.max(0, ...scored.map((s) => s.score));
    const offers = scored
      .filter((s) => s.score === best)
      .map((s) => ({ slug: s.p.entry.slug, name: s.p.entry.name, ties: [`both are ${KIND_WORDS[c.weapon!]} ("${c.head}")`, ...s.ties.map((t) => t.text)] }));
    linked.push({ candidate: c, offers });
  }
  // The article's own references: what it names, and what it ties another description to, nearby.
  const tied = linked.filter((o) => o.offers.length > 0 && !o.candidate.bare);
  const near = (a: number, b: number) => Math.abs(a - b) <= REFERENCE_REACH;
  for (const l of linked) {
    if (l.offers.length > 0 || !(l.candidate.bare || !l.candidate.qualitativeOnly)) continue;
    const c = l.candidate;
    const seen = new Set<string>();
    const others = tied.filter((o) => o.candidate.weapon === c.weapon && near(o.candidate.start, c.start)).sort((a, b) => Math.abs(a.candidate.start - c.start) - Math.abs(b.candidate.start - c.start));
    for (const o of others) {
      for (const offer of o.offers) {
        if (seen.has(offer.slug)) continue;
        seen.add(offer.slug);
        l.offers.push({ slug: offer.slug, name: offer.name, ties: [`the article also calls it “${o.candidate.text}” (${o.candidate.block})`] });
      }
    }
    if (!c.bare) continue;
    for (const p of profiles) {
      if (!p.kinds.has(c.weapon!) || seen.has(p.entry.slug)) continue;
      const before = (named.get(p.entry.slug) ?? []).filter((n) => n.start <= c.start && near(n.start, c.start));
      if (before.length === 0) continue;
      const blocks = [...new Set(before.map((n) => n.block))];
      l.offers.push({ slug: p.entry.slug, name: p.entry.name, ties: [`“${c.text}” points back to what the article names just before: ${p.entry.name} (${blocks.slice(-3).join(', ')})`] });
    }
  }
  return linked;
}
