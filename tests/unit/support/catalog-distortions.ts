/**
 * Distortions generated from the real catalog, each the kind of change that misleads a reader:
 * a cue dropped or cut away, a claim given to the article or to another party, a relay dropped,
 * a statement moved to another system of its passage or the next, a label its words do not
 * support, a party cut to one of its words, a noun phrase of the quote made an alias or the
 * category, a value cut from its head noun or quantifier, the catalog's own words made
 * stronger than the source, a relation's type or target swapped. Each names the rules of which
 * one must refuse it, at the distorted statement.
 */
import nlp from 'compromise';
import { findCues, scopeCovers, type CueMatch } from '../../../catalog/text/cue-scope';
import { FACT_LABELS, RELATION_LABELS, type Entry, type Factuality, type FactLabel, type RelationType } from '../../../catalog/schema/entry';
import type { Catalog, CatalogEntry, ResolvedCitation } from '../../../catalog/schema/derived';
import type { Rule } from '../../../catalog/verify/violations';
import { ALSO_SUPPORTED, FITTING_CATEGORIES, JOINT, STRONGER, SUPPORTED_LABELS } from './hand-readings';

export interface Distortion {
  kind: string;
  title: string;
  file: string;
  /** Field path of the distorted statement; a violation must be at it or inside it. */
  at: string;
  rules: Rule[];
  /** The statement distorted, when it is not the one at `at` of `file` (a move copies it). */
  origin?: { slug: string; at: string };
  /** Edits the entry of `file` (`all` holds every entry, for a move that reads another). */
  apply: (entry: Entry, all: Map<string, Entry>) => void;
}

const RULE_FOR: Record<CueMatch['kind'], Rule[]> = {
  negation: ['negation-dropped'],
  hedge: ['hedge-dropped'],
  modal: ['hedge-dropped'],
  likeness: ['hedge-dropped'],
  report: ['speaker-article', 'relay-dropped'],
};
const SUBJECT_RULES: Rule[] = [
  'subject-elsewhere',
  'subject-compared',
  'subject-not-entry',
  'subject-unresolved',
  'subject-not-in-quote',
  'reference-not-entry',
  'reference-ambiguous',
  'reference-not-found',
  'relation-unsupported',
  'target-not-entry',
];

const fileOf = (slug: string) => `catalog/entries/${slug}.json`;
const trimmed = (text: string) => text.replace(/^[\s,;:.]+|[\s,;:]+$/g, '');
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

/** The statement at `at` of a raw entry, with defaults filled in so it can be edited. */
export function statementAt(entry: Entry, at: string): Factuality & { value?: string; subject: string; refersTo?: string } {
  const s = at.split(/[.[\]]+/).filter(Boolean).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], entry) as Factuality & { value?: string; subject: string; refersTo?: string };
  s.speaker ??= [];
  s.cues ??= [];
  s.certainty ??= 'certain';
  s.polarity ??= 'positive';
  s.overrides ??= [];
  return s;
}

export class DistortionGenerator {
  constructor(private readonly catalog: Catalog) {}

  private blockOf(c: ResolvedCitation) {
    return this.catalog.sources.find((s) => s.meta.id === c.source)!.blocks.find((b) => b.id === c.block)!;
  }

  /** Parties named in a passage: who reports with each of its reporting cues, and every speaker of the catalog it names. */
  private partiesIn(text: string): string[] {
    const found = findCues(text).flatMap((c) => (c.kind === 'report' && c.speaker ? [c.speaker.text] : []));
    const known = this.catalog.entries.flatMap((e) => [...e.facts, ...e.relations, ...e.differences.flatMap((d) => d.sides)].flatMap((s) => s.speaker.map((l) => l.party)));
    return [...new Set([...found, ...known.filter((p) => text.includes(p))])];
  }

  /** Systems named in the block of `c` and the shown blocks next to it, with the words that name them there. */
  private systemsNear(c: ResolvedCitation): { slug: string; text: string; inQuote: boolean }[] {
    const source = this.catalog.sources.find((s) => s.meta.id === c.source)!;
    const shown = source.blocks.filter((b) => b.kind !== 'chrome' && !b.duplicateOf);
    const i = shown.findIndex((b) => b.id === c.block);
    const near = new Set([shown[i - 1]?.id, c.block, shown[i + 1]?.id].filter(Boolean));
    const found = this.catalog.mentions.filter((m) => m.source === c.source && near.has(m.block) && m.how === 'name');
    return found.map((m) => ({ slug: m.entry, text: m.text, inQuote: m.start >= c.start && m.end <= c.end }));
  }

  all(): Distortion[] {
    return this.catalog.entries.flatMap((e) => [
      ...this.cueDistortions(e),
      ...this.moves(e),
      ...this.relabels(e),
      ...this.nounPhrases(e),
      ...this.cuts(e),
      ...this.strongerWords(e),
      ...this.relationSwaps(e),
    ]);
  }

  /** The cue, speaker and relay distortions, for facts, relations and sides. */
  private cueDistortions(entry: CatalogEntry): Distortion[] {
    const file = fileOf(entry.slug);
    const out: Distortion[] = [];
    const add = (d: Omit<Distortion, 'file'>) => out.push({ ...d, file });
    entry.facts.forEach((fact, i) => {
      const at = `facts[${i}]`;
      const citation = entry.factCitations[i]!.map((n) => entry.citations[n - 1]!).find((c) => c.quote.includes(fact.value))!;
      const block = this.blockOf(citation);
      const edits = new Map<string, Rule[]>();
      for (const cue of entry.factCues[i]!) {
        if (cue.kind === 'report' || cue.start === undefined) continue;
        const before = fact.value.slice(0, cue.start);
        const afterCue = fact.value.slice(cue.end);
        if (trimmed(before) === '' && hasWords(afterCue)) edits.set(trimmed(afterCue), RULE_FOR[cue.kind]);
        if (hasWords(afterCue)) edits.set(trimmed(afterCue), RULE_FOR[cue.kind]);
      }
      // A report inside the value with no link for it: cut to the words after its cue.
      const valueAt = citation.start - block.start + citation.quote.indexOf(fact.value);
      for (const cue of findCues(block.text)) {
        const inValue = cue.start >= valueAt && cue.end <= valueAt + fact.value.length;
        if (cue.kind !== 'report' || !inValue || fact.speaker.some((l) => l.cue.includes(cue.text))) continue;
        const rest = trimmed(block.text.slice(cue.end, valueAt + fact.value.length));
        if (hasWords(rest) && scopeCovers(cue, { start: cue.end + 1, end: valueAt + fact.value.length })) edits.set(rest, fact.speaker.length ? ['relay-dropped'] : ['speaker-article']);
      }
      for (const [value, rules] of edits) {
        if (value === fact.value || !citation.quote.includes(value)) continue;
        add({ kind: 'a cue dropped or cut away', title: `${entry.slug} ${at}: "${fact.value}" → "${value}"`, at, rules, apply: (e) => (statementAt(e, at).value = value) });
      }
      fact.cues.forEach((cue, k) =>
        add({ kind: 'a cue dropped or cut away', title: `${entry.slug} ${at}: the declared cue "${cue}" dropped`, at, rules: ['negation-dropped', 'hedge-dropped'], apply: (e) => statementAt(e, at).cues.splice(k, 1) }),
      );
      this.speakerDistortions(add, entry, at, fact, block.text, citation);
    });
    entry.relations.forEach((r, i) => {
      const at = `relations[${i}]`;
      const citation = entry.citations[entry.relationCitations[i]! - 1]!;
      this.speakerDistortions(add, entry, at, r, this.blockOf(citation).text, citation);
    });
    entry.differences.forEach((d, k) =>
      d.sides.forEach((side, j) => {
        const at = `differences[${k}].sides[${j}]`;
        const citation = entry.citations[entry.differenceCitations[k]![j]! - 1]!;
        this.speakerDistortions(add, entry, at, side, this.blockOf(citation).text, citation);
      }),
    );
    return out;
  }

  /** Given to the article, to another party, a relay dropped, a party cut to one of its words, certainty or polarity declared away. */
  private speakerDistortions(add: (d: Omit<Distortion, 'file'>) => void, entry: CatalogEntry, at: string, statement: Factuality, text: string, citation: ResolvedCitation): void {
    const chain = statement.speaker;
    const overridden = statement.overrides.length > 0 ? (['override-unused'] as Rule[]) : [];
    if (chain.length > 0) add({ kind: 'a claim given to the article or another party', title: `${entry.slug} ${at}: given to the article`, at, rules: ['speaker-article'], apply: (e) => (statementAt(e, at).speaker = []) });
    chain.forEach((link, k) => {
      for (const party of this.partiesIn(text).filter((p) => !p.includes(link.party) && !link.party.includes(p))) {
        add({
          kind: 'a claim given to the article or another party',
          title: `${entry.slug} ${at}: "${link.party} ${link.cue}" → "${party} ${link.cue}"`,
          at,
          rules: ['speaker-mismatch'],
          apply: (e) => (statementAt(e, at).speaker[k]!.party = party),
        });
      }
      if (chain.length > 1) add({ kind: 'a relay dropped', title: `${entry.slug} ${at}: the relay "${link.party} ${link.cue}" dropped`, at, rules: ['relay-dropped'], apply: (e) => statementAt(e, at).speaker.splice(k, 1) });
      // The party cut to each of its words: "America" for "Voice of America".
      const words = link.party.split(/\s+/);
      if (words.length > 1) {
        for (const word of new Set(words)) {
          if (/^(?:the|of|in|a|an)$/iu.test(word)) continue;
          // The party less a leading determiner or possessive ("North" for "the North") is whole.
          if (words.length === 2 && /^(?:the|its|their|his|her|\p{L}+['’]s)$/iu.test(words[0]!) && word === words[1]) continue;
          add({ kind: 'a party cut to one of its words', title: `${entry.slug} ${at}: "${link.party}" → "${word}"`, at, rules: ['speaker-mismatch'], apply: (e) => (statementAt(e, at).speaker[k]!.party = word) });
        }
      }
    });
    if (chain.length === 0) {
      for (const cue of findCues(text).filter((c) => c.kind === 'report' && c.speaker && citation.quote.includes(c.speaker.text))) {
        const party = cue.speaker!.text;
        add({
          kind: 'a claim given to the article or another party',
          title: `${entry.slug} ${at}: given to "${party} ${cue.text}"`,
          at,
          rules: ['speaker-not-in-scope', ...overridden],
          apply: (e) => (statementAt(e, at).speaker = [{ party, cue: cue.text }]),
        });
      }
    }
    if (statement.polarity === 'negative') add({ kind: 'certainty or polarity declared away', title: `${entry.slug} ${at}: declared positive`, at, rules: ['polarity-mismatch'], apply: (e) => (statementAt(e, at).polarity = 'positive') });
    if (statement.certainty !== 'certain') add({ kind: 'certainty or polarity declared away', title: `${entry.slug} ${at}: declared certain`, at, rules: ['certainty-mismatch'], apply: (e) => (statementAt(e, at).certainty = 'certain') });
  }

  /** Each statement copied to each other system named in its passage or the passages next to it, that the passage does not also say it of. */
  private moves(entry: CatalogEntry): Distortion[] {
    const out: Distortion[] = [];
    const statements = [
      ...entry.facts.map((f, i) => ({ at: `facts[${i}]`, list: 'facts' as const, index: i, value: f.value, refersTo: f.refersTo, citation: entry.citations[entry.factCitations[i]!.find((n) => entry.citations[n - 1]!.quote.includes(f.value))! - 1]! })),
      ...entry.relations.map((r, i) => ({ at: `relations[${i}]`, list: 'relations' as const, index: i, value: r.value ?? r.citation.quote, refersTo: r.refersTo, target: r.target, citation: entry.citations[entry.relationCitations[i]! - 1]! })),
    ];
    for (const st of statements) {
      const targets = new Map<string, { text: string; inQuote: boolean }>();
      for (const s of this.systemsNear(st.citation)) if (!targets.has(s.slug) || s.inQuote) targets.set(s.slug, s);
      for (const [slug, named] of targets) {
        if (slug === entry.slug || ('target' in st && st.target === slug)) continue;
        if (JOINT.some((j) => (st.value.includes(j.words) || j.words.includes(st.value)) && j.entries.includes(slug) && j.entries.includes(entry.slug))) continue;
        const to = this.catalog.entries.find((e) => e.slug === slug)!;
        // Subject words for the moved copy: the other system's name where the quote prints it, else the statement's own referring words pointed at it.
        const subject = named.inQuote ? { subject: named.text } : st.refersTo ? { refersTo: named.text } : {};
        const at = `${st.list}[${st.list === 'facts' ? to.facts.length : to.relations.length}]`;
        out.push({
          kind: 'moved to another system of its passage',
          title: `${entry.slug} ${st.at} → ${slug}`,
          file: fileOf(slug),
          at,
          origin: { slug: entry.slug, at: st.at },
          // An override travels with the statement, and must then say the new reading.
          rules: [...SUBJECT_RULES, 'label-unsupported', 'override-unstated', 'override-unused'],
          apply: (_e, all) => {
            // Where the other system is named only nearby and the subject is a name, the subject words stay.
            const from = structuredClone((all.get(entry.slug)! as unknown as Record<string, unknown[]>)[st.list]![st.index]) as Record<string, unknown>;
            Object.assign(from, subject);
            if ('subject' in subject) delete from.refersTo;
            (all.get(slug)! as unknown as Record<string, unknown[]>)[st.list]!.push(from);
          },
        });
      }
    }
    return out;
  }

  /** Each fact relabelled with every label that the hand-written reading says its words do not support. */
  private relabels(entry: CatalogEntry): Distortion[] {
    return entry.facts.flatMap((f, i) => {
      const supported = SUPPORTED_LABELS[`${entry.slug}: ${f.value}`];
      if (!supported) throw new Error(`hand-readings: no labels written for ${entry.slug}: ${f.value}`);
      return (Object.keys(FACT_LABELS) as FactLabel[])
        .filter((l) => !supported.includes(l))
        .map((label) => ({
          kind: 'a label its words do not support',
          title: `${entry.slug} facts[${i}] "${f.value}" as ${label}`,
          file: fileOf(entry.slug),
          at: `facts[${i}]`,
          rules: ['label-unsupported'] as Rule[],
          apply: (e: Entry) => (e.facts[i]!.label = label),
        }));
    });
  }

  /** Each noun phrase of a statement's quote that is not the entry's own, added as an alias and as the category. */
  private nounPhrases(entry: CatalogEntry): Distortion[] {
    const names = [entry.name, ...entry.aliases].map((n) => n.toLowerCase());
    const quotes = [...new Set(entry.citations.map((c) => c.quote))];
    const phrases = new Set<string>();
    for (const q of quotes) {
      for (const np of nlp(q).nouns().out('array') as string[]) {
        const bare = np.replace(/^(?:the|a|an|its|this|these|those)\s+/iu, '').replace(/[,.;:“”"()]+$/u, '').trim();
        const lower = bare.toLowerCase();
        if (!bare || !q.includes(bare) || names.some((n) => lower.includes(n) || n.includes(lower))) continue;
        // The entry's own phrase (its head noun, a word before its name) is a name of it, not a distortion.
        if (names.some((n) => new RegExp(`${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s,]+(?:an?\\s+|the\\s+)?${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(q))) continue;
        phrases.add(bare);
      }
    }
    const file = fileOf(entry.slug);
    const fitting = FITTING_CATEGORIES[entry.slug] ?? [];
    return [...phrases].flatMap((np) => [
      { kind: 'a noun phrase made an alias or the category', title: `${entry.slug}: alias "${np}"`, file, at: `aliases[${entry.aliases.length}]`, rules: ['alias-not-a-name', 'name-not-in-source'] as Rule[], apply: (e: Entry) => void e.aliases.push(np) },
      ...(fitting.includes(np)
        ? []
        : [{ kind: 'a noun phrase made an alias or the category', title: `${entry.slug}: category "${np}"`, file, at: 'category', rules: ['category-not-attached', 'category-not-in-quote'] as Rule[], apply: (e: Entry) => void (e.category = np) }]),
    ]);
  }

  /** A value cut from its head noun (its last word) or from a quantifier or qualifier before it. */
  private cuts(entry: CatalogEntry): Distortion[] {
    const out: Distortion[] = [];
    entry.facts.forEach((f, i) => {
      const words = f.value.split(/\s+/);
      const last = nlp(words.at(-1)!).has('#Noun');
      if (words.length >= 2 && last && !/[,.;:”)]$/u.test(f.value)) {
        const cut = words.slice(0, -1).join(' ');
        if (hasWords(cut) && !/\b(?:the|a|an|of|and|with|to|in)$/iu.test(cut)) {
          out.push({ kind: 'a value cut from its head, quantifier or qualifier', title: `${entry.slug} facts[${i}]: "${f.value}" → "${cut}"`, file: fileOf(entry.slug), at: `facts[${i}]`, rules: ['value-cut'], apply: (e) => (e.facts[i]!.value = cut) });
        }
      }
      const q = /^(millions of|thousands of|hundreds of|dozens of|two|three|several|the model|so-called|alleged)\s+(.+)$/iu.exec(f.value);
      if (q && q[2]) out.push({ kind: 'a value cut from its head, quantifier or qualifier', title: `${entry.slug} facts[${i}]: "${f.value}" → "${q[2]}"`, file: fileOf(entry.slug), at: `facts[${i}]`, rules: ['value-cut'], apply: (e) => (e.facts[i]!.value = q[2]!) });
    });
    return out;
  }

  /** The catalog's own words made stronger than the source: a note or an override's reason. */
  private strongerWords(entry: CatalogEntry): Distortion[] {
    const out: Distortion[] = [];
    const file = fileOf(entry.slug);
    const texts = [
      ...entry.notes.map((text, i) => ({ at: `notes[${i}]`, text, set: (e: Entry, t: string) => (e.notes[i] = t) })),
      ...entry.facts.flatMap((f, i) => f.overrides.map((o, k) => ({ at: `facts[${i}]`, text: o.reason, set: (e: Entry, t: string) => (e.facts[i]!.overrides[k]!.reason = t) }))),
    ];
    for (const { at, text, set } of texts) {
      const rewrites = STRONGER.filter(([re]) => re.test(text)).map(([re, to]) => text.replace(re, to));
      rewrites.push(`${text} This is confirmed.`);
      for (const rewrite of rewrites) {
        out.push({ kind: 'the catalog’s own words made stronger', title: `${entry.slug} ${at}: "${rewrite.slice(0, 60)}…"`, file, at, rules: ['own-words-unsupported', 'note-drift'], apply: (e) => set(e, rewrite) });
      }
    }
    return out;
  }

  /** A relation's type swapped for each type its words do not support, and its target for every other entry. */
  private relationSwaps(entry: CatalogEntry): Distortion[] {
    const out: Distortion[] = [];
    const file = fileOf(entry.slug);
    entry.relations.forEach((r, i) => {
      const also = ALSO_SUPPORTED[`${entry.slug} ${r.type} ${r.target}`] ?? [];
      for (const type of Object.keys(RELATION_LABELS) as RelationType[]) {
        if (type === r.type || also.includes(type)) continue;
        out.push({ kind: 'a relation’s type or target swapped', title: `${entry.slug} relations[${i}]: ${r.type} → ${type}`, file, at: `relations[${i}]`, rules: ['relation-unsupported'], apply: (e) => (e.relations[i]!.type = type) });
      }
      for (const other of this.catalog.entries.filter((x) => x.slug !== r.target && x.slug !== entry.slug)) {
        out.push({ kind: 'a relation’s type or target swapped', title: `${entry.slug} relations[${i}]: target ${r.target} → ${other.slug}`, file, at: `relations[${i}]`, rules: ['target-not-entry'], apply: (e) => (e.relations[i]!.target = other.slug) });
      }
    });
    return out;
  }
}
