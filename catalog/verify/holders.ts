/**
 * Where each catalogued system is named or referred to, passage by passage: the names the
 * mention finder found, the referring phrases curators cited as mentions, and the subjects
 * statements declare. The meaning rules read a sentence against all of them, so that a value is
 * checked against every system its sentence speaks of, not only the one whose entry shows it.
 */
import { SentenceReading, type Holder, type Span } from '../text/attachment';
import { analysePassage } from '../text/cue-scope';
import type { SentenceSpan } from '../text/sentences';
import type { Block, Mention, ResolvedCitation, SourceRecord } from '../schema/derived';
import type { Subject } from '../schema/entry';
import { isShownToReader } from '../text/reader-blocks';
import type { CheckedEntry } from './verify-entries';
import { listStatements } from './statements';

export interface HolderIndex {
  /** Holders of a block, with offsets into the block's text. */
  inBlock(source: string, block: string): Holder[];
}

/** Every occurrence of `words` in `text`, as spans. */
export function occurrences(text: string, words: string): Span[] {
  const found: Span[] = [];
  if (!words) return found;
  for (let i = text.indexOf(words); i !== -1; i = text.indexOf(words, i + 1)) found.push({ start: i, end: i + words.length });
  return found;
}

/**
 * Where a statement's subject words stand in the passage, with offsets into the block: the
 * occurrence in the cited quote inside the value, else the nearest one before the value, else
 * the first after it. `null` when the quote does not hold them.
 */
export function locateSubject(subject: Subject, value: string, citation: ResolvedCitation, block: Block): Span | null {
  const quoteAt = citation.start - block.start;
  const inQuote = occurrences(citation.quote, subject.subject).map((s) => ({ start: s.start + quoteAt, end: s.end + quoteAt }));
  if (inQuote.length === 0) return null;
  const v = citation.quote.indexOf(value);
  const valueSpan = { start: quoteAt + Math.max(0, v), end: quoteAt + Math.max(0, v) + value.length };
  const within = inQuote.find((s) => s.start >= valueSpan.start && s.end <= valueSpan.end && !(s.start === valueSpan.start && s.end === valueSpan.end));
  const before = inQuote.filter((s) => s.end <= valueSpan.start).at(-1);
  return within ?? before ?? inQuote[0]!;
}

/** The shown block before `block` in its source, where a referring phrase may point back to. */
export function blockBefore(source: SourceRecord, block: Block): Block | undefined {
  const shown = source.blocks.filter((b) => isShownToReader(b) && !b.duplicateOf);
  const i = shown.findIndex((b) => b.id === (block.duplicateOf ?? block.id));
  return i > 0 ? shown[i - 1] : undefined;
}

/**
 * Builds the holders of every block: name mentions (less exclusions, which the caller has
 * removed), cited referring mentions, and the subjects that statements declare.
 */
export function buildHolderIndex(sources: ReadonlyMap<string, SourceRecord>, checked: readonly CheckedEntry[], names: readonly Mention[]): HolderIndex {
  const byBlock = new Map<string, Holder[]>();
  const add = (source: string, block: string, h: Holder) => {
    const key = `${source}#${block}`;
    const list = byBlock.get(key) ?? [];
    if (!list.some((x) => x.entry === h.entry && x.start === h.start && x.end === h.end)) list.push(h);
    byBlock.set(key, list);
  };
  const blockOf = (source: string, id: string) => sources.get(source)?.blocks.find((b) => b.id === id);
  for (const m of names) {
    const block = blockOf(m.source, m.block);
    if (block) add(m.source, m.block, { entry: m.entry, start: m.start - block.start, end: m.end - block.start, text: m.text });
  }
  for (const c of checked) {
    c.entry.mentions.forEach((_, i) => {
      const r = c.resolved.get(`mentions[${i}]`);
      const block = r && blockOf(r.source, r.block);
      if (r && block) add(r.source, r.block, { entry: c.entry.slug, start: r.start - block.start, end: r.end - block.start, text: r.quote, exact: true });
    });
    // A referring subject ("they", "the weapons") holds its system there; a name is already found.
    for (const st of listStatements(c.entry).filter((x) => x.subject.refersTo !== undefined)) {
      for (const path of st.citationPaths) {
        const r = c.resolved.get(path);
        const block = r && blockOf(r.source, r.block);
        if (!r || !block || !r.quote.includes(st.value)) continue;
        const at = locateSubject(st.subject, st.value, r, block);
        if (at) add(r.source, r.block, { entry: c.entry.slug, ...at, text: st.subject.subject, exact: true });
      }
    }
  }
  return { inBlock: (source, block) => byBlock.get(`${source}#${block}`) ?? [] };
}

/** Sentence readings of one verification run, by block and sentence: every rule that reads a sentence shares one. */
const readings = new WeakMap<HolderIndex, Map<string, SentenceReading>>();

/**
 * How a sentence of a block attaches words to systems, read once per run (the index of holders
 * is the run's): its reporting cues whose party comes before them are passed on, so a report's
 * party is not read as the subject of what it reports.
 */
export function sentenceReading(holders: HolderIndex, source: string, block: Block, sentence: SentenceSpan): SentenceReading {
  let cache = readings.get(holders);
  if (!cache) readings.set(holders, (cache = new Map()));
  const key = `${source}#${block.id}#${sentence.start}`;
  let reading = cache.get(key);
  if (!reading) {
    const { cues } = analysePassage(block.text);
    const reports = cues.filter((c) => c.kind === 'report' && c.subject === 'before' && c.scope.some((x) => x.start >= c.end)).map((c) => ({ start: c.start, end: c.end }));
    reading = new SentenceReading(block.text, sentence, holders.inBlock(source, block.id), reports);
    cache.set(key, reading);
  }
  return reading;
}

/** The reading of the sentence of `block` that holds offset `at`, if any. */
export function sentenceReadingAt(holders: HolderIndex, source: string, block: Block, at: number): SentenceReading | undefined {
  const sentence = analysePassage(block.text).sentences.find((s) => s.start <= at && at < s.end);
  return sentence && sentenceReading(holders, source, block, sentence);
}
