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

/** The spans a category phrase may stand in for this entry, in one sentence. */
function attachedSpans(reading: SentenceReading, slug: string): Span[] {
  const spans: Span[] = [];
  for (const p of reading.phrases.filter((x) => x.owners.some((o) => o.entry === slug) || x.holders.some((h) => h.entry === slug && x.kinds.includes(h)))) {
    spans.push({ start: p.start, end: p.end });
    if (p.apposition) spans.push(p.apposition);
    spans.push(...reading.setsOf(p));
    // What it is identified as: "it was a solid-fuel missile".
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
  entry.aliases.forEach((alias, i) => {
    const path = `aliases[${i}]`;
    const other = all.find((c) => c.entry.slug !== entry.slug && [c.entry.name, ...c.entry.aliases].some((n) => singularKey(n) === singularKey(alias)));
    if (other) {
      out.add('alias-not-a-name', file, path, `"${alias}" is a name of ${other.entry.name} (${other.file}), another system`);
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
  const attached = readings.some(({ reading }) => {
    const text = reading.text;
    return attachedSpans(reading, entry.slug).some((span) => matchWholeWords(text.slice(span.start, span.end), new RegExp(category.source, 'giu')).length > 0);
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
