/**
 * Names and categories are names: an alias is a spelling that names this system where it stands,
 * not another system's name and not what this system is compared with or identified as ("they
 * appeared to be Hwasong-18s" names the Hwasong-18, not the missiles it is said of); a category
 * is a head noun a cited passage attaches to the system — its phrase's head, an apposition, what
 * it is identified as, or a list it is one of — not a noun borrowed from a likeness.
 */
import type { SentenceReading, Span } from '../text/attachment';
import { analysePassage } from '../text/cue-scope';
import { matchWholeWords } from '../text/mentions';
import { escapeRegExp } from '../text/reg-exp';
import type { SourceRecord } from '../schema/derived';
import type { CheckedEntry } from './verify-entries';
import { sentenceReading, type HolderIndex } from './holders';
import type { ViolationList } from './violations';


/** A name and its plural agree ("Hwasong-18" and "Hwasong-18s", "ICBM" and "ICBMs"). */
const singularKey = (name: string) => foldName(name).replace(/(?:es|s)$/u, '');

/** A name without case, hyphens and spaces: "MQ-9 Reaper" and "MQ 9 reaper" agree. */
export const foldName = (name: string) => name.toLowerCase().replace(/[\s\u00a0-]+/gu, '');

/** Kind nouns that name the same kind of thing: a "new drone" is a "new unmanned aerial vehicle". */
export const KIND_SYNONYMS: readonly (readonly string[])[] = [
  ['unmanned aerial vehicle', 'drone', 'UAV', 'unmanned aircraft'],
  ['missile', 'rocket'],
  ['shell', 'round', 'projectile'],
  ['launcher', 'launch vehicle'],
];

/** Words said to name what comes after them: "Named the Hwasong-18", "known as", "dubbed". */
const INTRODUCERS = /(?<!\p{L})(?:named|called|dubbed|known\s+as|designated|nicknamed|also\s+written|or)\s*$/iu;

/**
 * The spellings a cited passage introduces for a system: its name's plural or singular, a
 * bracketed abbreviation right after a name ("intercontinental ballistic missiles (ICBMs)"), the
 * name with such an abbreviation in place of the words it shortens ("new UAV"), the name with a
 * synonym of its head noun ("new drone"), and a name after "named", "called" or "known as".
 */
function introducedNames(name: string, aliases: readonly string[], passages: readonly string[]): Set<string> {
  const known = new Set([foldName(name)]);
  const grow = (n: string) => {
    const f = foldName(n);
    for (const form of [f, `${f}s`, `${f}es`, f.replace(/e?s$/u, '')]) known.add(form);
  };
  grow(name);
  // A few rounds: an alias introduced by one passage may introduce another ("ICBMs", then "ICBM").
  for (let round = 0; round < 3; round++) {
    for (const text of passages) {
      for (const m of text.matchAll(/\(([^()]{1,30})\)/gu)) {
        const before = /[\p{L}\p{N}][\p{L}\p{N}’' -]{0,80}$/u.exec(text.slice(Math.max(0, m.index - 81), m.index).trimEnd())?.[0] ?? '';
        const inside = m[1]!.trim();
        if (!before) continue;
        const words = before.trim().split(/\s+/);
        // The words before the bracket that end in a known name: the bracket abbreviates them.
        for (let k = words.length; k >= 1; k--) {
          const tail = words.slice(words.length - k).join(' ');
          if (!known.has(foldName(tail))) continue;
          grow(inside);
          // The abbreviation stands for some last words of the name: "UAV" for "unmanned aerial vehicle".
          for (let j = 1; j <= k; j++) grow([...words.slice(words.length - k, words.length - j), inside].join(' '));
        }
      }
      for (const alias of aliases) {
        const at = text.indexOf(alias);
        if (at > 0 && INTRODUCERS.test(text.slice(Math.max(0, at - 20), at).replace(/\s*(?:the|a|an)\s*$/iu, ' ').trimEnd() + ' ')) grow(alias);
      }
    }
    for (const group of KIND_SYNONYMS) {
      for (const n of [...known]) {
        for (const a of group) {
          const fa = foldName(a);
          if (!n.endsWith(fa) && !n.endsWith(`${fa}s`)) continue;
          const stem = n.endsWith(`${fa}s`) ? n.slice(0, -fa.length - 1) : n.slice(0, -fa.length);
          // A synonym keeps the name's other words ("new drone"): alone ("drones") it names any of its kind.
          if (stem === '') continue;
          for (const b of group) grow(`${stem}${foldName(b)}`);
        }
      }
    }
  }
  return known;
}

/** A sentence of the entry's cited passages that names it, read (tagged) only when asked. */
interface LazySentence {
  source: string;
  text: string;
  sentence: { start: number; end: number };
  /** Whether another system is named or referred to in it. */
  others: boolean;
  reading: () => SentenceReading;
}

/** Every sentence of the entry's cited passages with the entry's holders in it; tagging waits until a check needs it. */
function readingsOf(checked: CheckedEntry, sources: ReadonlyMap<string, SourceRecord>, holders: HolderIndex): LazySentence[] {
  const seen = new Set<string>();
  const found: LazySentence[] = [];
  for (const r of checked.resolved.values()) {
    const block = sources.get(r.source)?.blocks.find((b) => b.id === r.block);
    if (!block || seen.has(`${r.source}#${block.id}`)) continue;
    seen.add(`${r.source}#${block.id}`);
    const inBlock = holders.inBlock(r.source, block.id);
    if (!inBlock.some((h) => h.entry === checked.entry.slug)) continue;
    const { sentences } = analysePassage(block.text);
    for (const sentence of sentences) {
      const inSentence = inBlock.filter((h) => h.start >= sentence.start && h.end <= sentence.end);
      if (!inSentence.some((h) => h.entry === checked.entry.slug)) continue;
      found.push({
        source: r.source,
        text: block.text,
        sentence,
        others: inSentence.some((h) => h.entry !== checked.entry.slug),
        reading: () => sentenceReading(holders, r.source, block, sentence),
      });
    }
  }
  return found;
}

/**
 * The noun phrases a category may be the head of, for this entry, in one sentence: its own
 * phrase (up to its head noun, before any bracket), an apposition, what it is identified as,
 * and the lists it is one of (their leading noun phrase: "Arms", "weapons").
 */
function attachedSpans(reading: SentenceReading, slug: string): Span[] {
  const spans: Span[] = [];
  const text = reading.text;
  const leadingNoun = (span: Span): Span => {
    const terms = reading.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    let end = span.start;
    for (const t of terms) {
      if (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Determiner') || t.tags.has('Value') || text[t.start - 1] === '-') end = t.end;
      else break;
    }
    return { start: span.start, end };
  };
  for (const p of reading.phrases.filter((x) => x.owners.some((o) => o.entry === slug) || x.holders.some((h) => h.entry === slug && x.kinds.includes(h)))) {
    const bracket = text.slice(p.start, p.end).indexOf('(');
    spans.push({ start: p.start, end: bracket > 0 ? p.start + text.slice(p.start, p.start + bracket).trimEnd().length : p.end });
    if (p.apposition) spans.push(p.apposition);
    spans.push(...reading.setsOf(p).map(leadingNoun));
    spans.push(...reading.identifiedAs(p));
  }
  return spans;
}

const owners = new WeakMap<readonly CheckedEntry[], Map<string, CheckedEntry[]>>();

/** The entries of a catalog by each of their names, singular, read once per catalog. */
function namesOf(all: readonly CheckedEntry[]): Map<string, CheckedEntry[]> {
  let byName = owners.get(all);
  if (!byName) {
    byName = new Map();
    for (const c of all) for (const n of new Set([c.entry.name, ...c.entry.aliases].map(singularKey))) byName.set(n, [...(byName.get(n) ?? []), c]);
    owners.set(all, byName);
  }
  return byName;
}

/** Checks an entry's aliases and its category against the passages it cites. */
export function checkNames(
  checked: CheckedEntry,
  all: readonly CheckedEntry[],
  sources: ReadonlyMap<string, SourceRecord>,
  holders: HolderIndex,
  out: ViolationList,
): void {
  const { entry, file } = checked;
  const readings = readingsOf(checked, sources, holders);
  const passages = [...new Set([...checked.resolved.values()].flatMap((r) => sources.get(r.source)?.blocks.find((b) => b.id === r.block)?.text ?? []))];
  const introduced = introducedNames(entry.name, entry.aliases, passages);
  entry.aliases.forEach((alias, i) => {
    const path = `aliases[${i}]`;
    const other = namesOf(all).get(singularKey(alias))?.find((c) => c.entry.slug !== entry.slug);
    if (other) {
      out.add('alias-not-a-name', file, path, `"${alias}" is a name of ${other.entry.name} (${other.file}), another system`);
      return;
    }
    const bareKind = KIND_SYNONYMS.flat().some((k) => [foldName(k), `${foldName(k)}s`, `${foldName(k)}es`].includes(foldName(alias)));
    if (!introduced.has(foldName(alias)) && bareKind) {
      out.add('alias-not-a-name', file, path, `"${alias}" is a kind noun alone, which names any of its kind: a synonym of ${entry.name}'s head noun must keep the name's other words ("new drone")`);
      return;
    }
    if (!introduced.has(foldName(alias))) {
      out.add(
        'alias-not-a-name',
        file,
        path,
        `no cited passage introduces "${alias}" as a name of ${entry.name}: an alias is its name's plural or spelling, a bracketed abbreviation after it, the name with that abbreviation or a synonym of its head noun, or a name after "named", "called" or "known as"`,
      );
      return;
    }
    // An alias that stands only as what the entry is compared with or identified as names something else.
    const aliasPattern = new RegExp(escapeRegExp(alias), 'giu');
    const places = readings.flatMap((r) =>
      matchWholeWords(r.text.slice(r.sentence.start, r.sentence.end), aliasPattern).map((s) => ({
        r,
        span: { start: s.start + r.sentence.start, end: s.end + r.sentence.start },
      })),
    );
    // Only where another system is named can the alias be what this one is compared with.
    const inComplement = places.filter(({ r, span }) => {
      const c = r.others ? r.reading().complementOf(span) : undefined;
      return c && c.subjects.some((p) => p.owners.some((o) => o.entry === entry.slug));
    });
    if (places.length > 0 && inComplement.length === places.length) {
      const { r, span } = inComplement[0]!;
      const reading = r.reading();
      const c = reading.complementOf(span)!;
      out.add(
        'alias-not-a-name',
        file,
        path,
        `"${alias}" stands only where the passages say what ${entry.name} ${c.kind === 'likeness' ? 'is compared with' : 'is identified as'} ("…${reading.text.slice(c.subjects[0]!.start, span.end)}…"): it names that, not ${entry.name}`,
      );
    }
  });

  const category = new RegExp(`${escapeRegExp(entry.category).replace(/s$/u, '')}s?`, 'giu');
  // The category is a head: it ends where an attached phrase's head noun ends, and is no determiner's.
  const determined = /^(?:a|an|the|this|these|those|such|its|their|it|they|some|many)\b/iu.test(entry.category.trim());
  // The name itself may end in the category ("intercontinental ballistic missiles" is a missile).
  const inName = [entry.name, ...entry.aliases].some((n) => matchWholeWords(n, category).some((m) => m.end === n.length));
  const attached =
    !determined &&
    (inName ||
    readings.some((r) => {
      if (matchWholeWords(r.text.slice(r.sentence.start, r.sentence.end), category).length === 0) return false;
      const reading = r.reading();
      const text = reading.text;
      return attachedSpans(reading, entry.slug).some((span) =>
        matchWholeWords(text.slice(span.start, span.end), category).some((m) => text.slice(span.start + m.end, span.end).trim() === ''),
      );
    }));
  if (!attached && readings.length > 0) {
    const where = readings.find((r) => matchWholeWords(r.text.slice(r.sentence.start, r.sentence.end), category).length > 0);
    const why = where
      ? `in ${where.source} the sentence "${where.text.slice(where.sentence.start, where.sentence.end).slice(0, 120)}…" uses it of something else`
      : 'no cited sentence about it uses the word';
    out.add('category-not-attached', file, 'category', `"${entry.category}" is not a noun the passages attach to ${entry.name} (its phrase's head noun, an apposition, what it is identified as, or a list it is one of): ${why}`);
  }
}
