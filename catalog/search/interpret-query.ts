/**
 * Reads what a lookup asks before searching: the designations it names ("Hwasong-15", "KN-23",
 * "152-millimeter"), whether any catalogued system has them, and the specification it asks
 * about ("range", "maker"). A different number is a different system; a slip in the letters
 * ("hwasnog 17") is forgiven. Pure and import-light, so the site's search can use it too.
 */
import { distance } from 'fastest-levenshtein';
import type { FactLabel, SpecLabel } from '../labels';
import { ABBREVIATIONS, SPEC_QUESTIONS } from './query-terms';

/** A catalogued system's names, the part of an entry a query is read against. */
export interface NameRecord {
  slug: string;
  name: string;
  aliases: readonly string[];
}

/** A designation in a text: a name and a number ("Hwasong-15", "MQ 9") or a calibre ("122-millimeter"). */
export interface Designation {
  text: string;
  kind: 'designation' | 'calibre';
  /** Lower-case letters of the name ("hwasong"); "millimeter" for a calibre. */
  base: string;
  number: string;
}

/** What a query names, and whether the catalog has it. */
export interface DesignationReading {
  designation: Designation;
  /** Entries with this designation. */
  matches: string[];
  /** True when an entry matched only after forgiving a slip in the letters. */
  forgiven: boolean;
  /** Entries whose designation has the same name and another number: other systems. */
  others: string[];
}

export interface QueryReading {
  /** The words to search for: abbreviations written out, specification words taken away. */
  searchText: string;
  spec?: { spec: SpecLabel; words: string; related: readonly FactLabel[] };
  designations: DesignationReading[];
  /** The designations no catalogued system has, as typed. */
  unnamed: string[];
}

const YEAR = /^(?:19|20)\d\d$/;
// "Hwasong-15", "hwasong15", "KN-23", "MQ 9": letters, an optional hyphen or space, digits.
// Not after "%", "&", "=" or a slash: "%E0%A4" is an escape, not a designation.
const DESIGNATION = /(?<![\p{L}\p{N}%&#=/\\])(\p{L}{1,14})([-‐‑\s]?)(\d{1,4})(\p{L}{0,2})(?![\p{L}\p{N}])/gu;
const CALIBRE = /(?<![\p{L}\p{N}.])(\d{2,3}(?:\.\d+)?)[-\s]?(?:millimeter|millimetre|mm)s?(?![\p{L}\p{N}])/giu;

/** Edits a designation's letters may be off by and still name it: none when short, two when long. */
const allowedEdits = (base: string) => (base.length >= 7 ? 2 : base.length >= 4 ? 1 : 0);

/**
 * Designations in `text`. Letters and digits joined by a hyphen or nothing count; joined by a
 * space only when the letters are capitals ("MQ 9") or a name the catalog knows (`knownBases`),
 * so "war 1950" is not one. A four-digit year is never a designation's number.
 */
export function findDesignations(text: string, knownBases: ReadonlySet<string> = new Set()): Designation[] {
  const found: Designation[] = [];
  for (const m of text.matchAll(CALIBRE)) found.push({ text: m[0], kind: 'calibre', base: 'millimeter', number: m[1]! });
  for (const m of text.matchAll(DESIGNATION)) {
    const [whole, letters, gap, number, suffix] = m as unknown as [string, string, string, string, string];
    if (YEAR.test(number) || found.some((f) => text.indexOf(f.text) <= m.index && m.index < text.indexOf(f.text) + f.text.length)) continue;
    const base = letters.toLowerCase();
    const spaced = /\s/.test(gap);
    if (spaced && !/^\p{Lu}{2,5}$/u.test(letters) && ![...knownBases].some((k) => distance(k, base) <= allowedEdits(k))) continue;
    // "18s" is a plural of "18"; other letters after the number are part of the designation.
    const tail = suffix.toLowerCase() === 's' ? '' : suffix.toLowerCase();
    found.push({ text: whole, kind: 'designation', base, number: `${number}${tail}` });
  }
  return found;
}

/** A designation a catalogued system is named by, with the entry it names. */
export interface CataloguedDesignation {
  slug: string;
  /** The entry's name, to list it as another system. */
  name: string;
  designation: Designation;
}

/** The designations of every catalogued name, by entry, each once. */
export function catalogDesignations(names: readonly NameRecord[]): CataloguedDesignation[] {
  const all = names.flatMap((n) =>
    [n.name, ...n.aliases].flatMap((written) => findDesignations(written).map((designation) => ({ slug: n.slug, name: n.name, designation }))),
  );
  return all.filter((d, i) => all.findIndex((o) => o.slug === d.slug && o.designation.base === d.designation.base && o.designation.number === d.designation.number) === i);
}

/**
 * The shards of the designation list a base is filed under, and looked up in: its first and its
 * second letter, so a slip in either of the first two letters still finds it ("hwasong",
 * "whasong"). Calibres are filed under "0".
 */
export function designationKeys(designation: Pick<Designation, 'kind' | 'base'>): string[] {
  if (designation.kind === 'calibre') return ['0'];
  const letters = [...designation.base].slice(0, 2).map((c) => (/^[a-z]$/.test(c) ? c : '_'));
  return [...new Set(letters)];
}

/**
 * The shards a query may need before it can be read: those of anything in it that looks like a
 * designation, joined by a space or not ("hwasong 15" is looked up even before "hwasong" is
 * known to be a catalogued name).
 */
export function designationKeysOf(query: string): string[] {
  const text = ABBREVIATIONS.reduce((t, a) => t.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${a.pattern})(?![\\p{L}\\p{N}])`, 'giu'), a.expansion), query);
  const loose = [...text.matchAll(/(?<![\p{L}\p{N}])(\p{L}{1,14})[-‐‑\s]?\d{1,4}/gu)].map((m) => ({ kind: 'designation' as const, base: m[1]!.toLowerCase() }));
  const calibres = [...text.matchAll(CALIBRE)].map(() => ({ kind: 'calibre' as const, base: 'millimeter' }));
  return [...new Set([...loose, ...calibres].flatMap(designationKeys))];
}

/**
 * What a reader must read first about the designations of a query: each one no source names,
 * then the systems with the same name and another number, as other systems.
 */
export function unnamedNotice(reading: QueryReading, nameOf: (slug: string) => string): string[] {
  return reading.designations
    .filter((d) => d.matches.length === 0)
    .flatMap((d) => [
      `“${d.designation.text}” is not named in these sources.`,
      ...(d.others.length > 0 ? [`Other systems with a similar designation, which are not the same system: ${d.others.map(nameOf).join(', ')}.`] : []),
    ]);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unique = (items: string[]) => [...new Set(items)];

/**
 * Reads a query against the catalog's designations (`catalogDesignations`, or the shards of
 * them the site's search loads): writes abbreviations out ("122mm" → "122-millimeter",
 * "MRL" → "multiple rocket launcher"), takes out a specification question ("range", "maker"),
 * and says for each designation it names which entries have it, which have the same name with
 * another number, and whether it is named in the sources at all.
 */
export function readQuery(query: string, catalogued: readonly CataloguedDesignation[]): QueryReading {
  let text = query;
  for (const a of ABBREVIATIONS) text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${a.pattern})(?![\\p{L}\\p{N}])`, 'giu'), a.expansion);

  let spec: QueryReading['spec'];
  for (const q of SPEC_QUESTIONS) {
    // A whole word, not part of a compound: "fuel" asks about propellant, "solid-fuel" is a word to find.
    const asWord = (w: string) => new RegExp(`(?<![\\p{L}-])${escape(w)}(?![\\p{L}-])`, 'iu');
    const words = q.words.find((w) => asWord(w).test(text));
    if (!words) continue;
    const rest = text.replace(asWord(words), ' ').replace(/\s+/g, ' ').trim();
    // A question needs something to ask about: "range" alone is a search for the word.
    if (rest.replace(/[^\p{L}\p{N}]/gu, '') === '') continue;
    spec = { spec: q.spec, words, related: q.related };
    text = rest;
    break;
  }

  const bases = new Set(catalogued.map((c) => c.designation.base));
  const designations = findDesignations(text, bases).map((designation): DesignationReading => {
    const sameKind = catalogued.filter((c) => c.designation.kind === designation.kind);
    const exactBase = sameKind.filter((c) => c.designation.base === designation.base);
    const near = exactBase.length > 0 ? exactBase : sameKind.filter((c) => distance(c.designation.base, designation.base) <= allowedEdits(c.designation.base));
    const matches = unique(near.filter((c) => c.designation.number === designation.number).map((c) => c.slug));
    const others = unique(near.filter((c) => c.designation.number !== designation.number).map((c) => c.slug)).filter((s) => !matches.includes(s));
    return { designation, matches, forgiven: matches.length > 0 && exactBase.length === 0, others };
  });
  return {
    searchText: text.trim(),
    ...(spec && { spec }),
    designations,
    unnamed: designations.filter((d) => d.matches.length === 0).map((d) => d.designation.text),
  };
}
