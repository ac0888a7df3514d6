/**
 * Names and categories are names: an alias is a spelling that names this system where it stands,
 * not another system's name and not what this system is compared with or identified as ("they
 * appeared to be Hwasong-18s" names the Hwasong-18, not the missiles it is said of); a category
 * is a head noun a cited passage attaches to the system — its phrase's head, an apposition, what
 * it is identified as, or a list it is one of — not a noun borrowed from a likeness.
 */
import { SentenceReading, type Span } from '../text/attachment';
import { analysePassage } from '../text/cue-scope';
import { matchWholeWords } from '../text/mentions';
import { escapeRegExp } from '../text/reg-exp';
import type { SourceRecord } from '../schema/derived';
import type { CheckedEntry } from './verify-entries';
import type { HolderIndex } from './holders';
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
      for (const m of text.matchAll(/([\p{L}\p{N}][\p{L}\p{N}’' -]{1,80}?)\s*\(([^()]{1,30})\)/gu)) {
        const [before, inside] = [m[1]!, m[2]!.trim()];
        const words = before.trim().split(/\s+/);
        // The words before the bracket that end in a known name: the bracket abbreviates them.
        for (let k = words.length; k >= 1; k--) {
          const tail = words.slice(words.length - k).join(' ');
          if (!known.has(foldName(tail))) continue;
          grow(inside);
          // The abbreviation stands for the last words it has letters for: "UAV" for "unmanned aerial vehicle".
          const initials = inside.replace(/s$/u, '').toUpperCase();
          for (let j = 1; j <= k; j++) {
            const shortened = words.slice(words.length - j);
            if (shortened.map((w) => w[0]!.toUpperCase()).join('') === initials) grow([...words.slice(words.length - k, words.length - j), inside].join(' '));
          }
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
          for (const b of group) grow(`${stem}${foldName(b)}`);
        }
      }
    }
  }
  return known;
}

/** Every sentence of the entry's cited passages with the entry's holders in it, read once. */
function readingsOf(checked: CheckedEntry, sources: ReadonlyMap<string, SourceRecord>, holders: HolderIndex): { reading: SentenceReading; source: string }[] {
  const seen = new Set<string>();
  const found: { reading: SentenceReading; source: string }[] = [];
  for (const r of checked.resolved.values()) {
    const block = sources.get(r.source)?.blocks.find((b) => b.id === r.block);
    if (!block || seen.has(`${r.source}#${block.id}`)) continue;
    seen.add(`${r.source}#${block.id}`);
    const inBlock = holders.inBlock(r.source, block.id);
    if (!inBlock.some((h) => h.entry === checked.entry.slug)) continue;
    const { sentences, cues } = analysePassage(block.text);
    const reports = cues.filter((c) => c.kind === 'report' && c.subject === 'before' && c.scope.some((s) => s.start >= c.end));
    for (const sentence of sentences) {
      if (!inBlock.some((h) => h.entry === checked.entry.slug && h.start >= sentence.start && h.end <= sentence.end)) continue;
      found.push({ reading: new SentenceReading(block.text, sentence, inBlock, reports), source: r.source });
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
    const other = all.find((c) => c.entry.slug !== entry.slug && [c.entry.name, ...c.entry.aliases].some((n) => singularKey(n) === singularKey(alias)));
    if (other) {
      out.add('alias-not-a-name', file, path, `"${alias}" is a name of ${other.entry.name} (${other.file}), another system`);
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
    const places = readings.flatMap(({ reading }) =>
      matchWholeWords(reading.text.slice(reading.sentence.start, reading.sentence.end), new RegExp(`${escapeRegExp(alias)}`, 'giu')).map((s) => ({
        reading,
        span: { start: s.start + reading.sentence.start, end: s.end + reading.sentence.start },
      })),
    );
    const inComplement = places.filter(({ reading, span }) => {
      const c = reading.complementOf(span);
      return c && c.subjects.some((p) => p.owners.some((o) => o.entry === entry.slug));
    });
    if (places.length > 0 && inComplement.length === places.length) {
      const { reading, span } = inComplement[0]!;
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
  const attached =
    !determined &&
    readings.some(({ reading }) => {
      const text = reading.text;
      return attachedSpans(reading, entry.slug).some((span) =>
        matchWholeWords(text.slice(span.start, span.end), new RegExp(category.source, 'giu')).some((m) => text.slice(span.start + m.end, span.end).trim() === ''),
      );
    });
  // The name itself may end in the category ("intercontinental ballistic missiles" is a missile).
  const inName = [entry.name, ...entry.aliases].some((n) => matchWholeWords(n, new RegExp(category.source, 'giu')).some((m) => m.end === n.length));
  if (!attached && !inName && readings.length > 0) {
    const where = readings.find(({ reading }) => matchWholeWords(reading.text.slice(reading.sentence.start, reading.sentence.end), new RegExp(category.source, 'giu')).length > 0);
    const why = where
      ? `in ${where.source} the sentence "${where.reading.text.slice(where.reading.sentence.start, where.reading.sentence.end).slice(0, 120)}…" uses it of something else`
      : 'no cited sentence about it uses the word';
    out.add('category-not-attached', file, 'category', `"${entry.category}" is not a noun the passages attach to ${entry.name} (its phrase's head noun, an apposition, what it is identified as, or a list it is one of): ${why}`);
  }
}
