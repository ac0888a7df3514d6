/**
 * "Not stated" is derived, never declared. For each specification readers look for, an entry
 * either has facts whose words speak to it (stated), or passages about it whose sentences speak
 * to it without a fact reading them so (shown word for word, marked as not read as a fact), or
 * neither (not stated in these sources). The words are the table of catalog/text/spec-words.ts;
 * a word counts for an entry only where the sentence attaches it to the entry.
 */
import type { SentenceReading } from '../text/attachment';
import { analysePassage } from '../text/cue-scope';
import { holdsAnyWord, holdsWord } from '../text/label-words';
import { SPEC_WORDS } from '../text/spec-words';
import { SPEC_LABELS, type SpecLabel } from '../labels';
import type { Block, SourceRecord, SpecStatus } from '../schema/derived';
import type { CheckedEntry } from './verify-entries';
import type { HolderIndex } from './holders';
import { occurrences, sentenceReadingAt } from './holders';

/**
 * Where `words` of a spec row stand in `text`, as spans; a capitalised word inside the sentence
 * is part of a name ("Korea News Service"), not the word.
 */
function wordSpans(text: string, words: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (!holdsAnyWord(text, words)) return spans;
  for (const w of words) {
    const found = holdsWord(text, [w]);
    if (found) spans.push(...occurrences(text, found).filter((s) => s.start === 0 || !/^\p{Lu}\p{Ll}/u.test(text.slice(s.start, s.end))));
  }
  return spans;
}

/**
 * The specifications of one entry: for each label of SPEC_LABELS, the facts that state it, or the
 * sentences of its cited passages that speak to it, or neither.
 */
export function deriveSpecs(checked: CheckedEntry, sources: ReadonlyMap<string, SourceRecord>, holders: HolderIndex, numberOf: (source: string, anchor: string) => number | undefined): SpecStatus[] {
  const { entry, resolved } = checked;
  const readings = new Map<string, { block: Block; reading: (at: number) => SentenceReading | undefined }>();
  const readingOf = (source: string, blockId: string) => {
    const key = `${source}#${blockId}`;
    let found = readings.get(key);
    if (!found) {
      const block = sources.get(source)?.blocks.find((b) => b.id === blockId);
      if (!block) return undefined;
      found = { block, reading: (at) => sentenceReadingAt(holders, source, block, at) };
      readings.set(key, found);
    }
    return found;
  };
  // A word in one of the entry's own names ("unmanned" in "new unmanned aerial vehicle") is what it
  // is called, not what a statement says of it; it counts only as a passage speaking to it.
  const ownNames = (source: string, blockId: string) => holders.inBlock(source, blockId).filter((h) => h.entry === entry.slug && !h.exact);
  /**
   * Whether a word of `row` stands in `span` of a block, said of this entry. In a fact's value
   * (`inFact`), which is said of the entry, a word counts unless another system's noun phrase
   * holds it ("American-made" of the Global Hawk in the new UAV's comparison) or one of the
   * entry's own names does; in a sentence, it counts where the sentence attaches it to the entry.
   */
  const speaks = (source: string, blockId: string, span: { start: number; end: number }, words: readonly string[], inFact: boolean) => {
    const r = readingOf(source, blockId);
    if (!r) return false;
    const text = r.block.text.slice(span.start, span.end);
    return wordSpans(text, words).some((w) => {
      const at = { start: w.start + span.start, end: w.end + span.start };
      const reading = r.reading(at.start);
      if (!reading) return false;
      if (!inFact) return reading.attach(at).owners.some((h) => h.entry === entry.slug);
      if (ownNames(source, blockId).some((h) => h.start <= at.start && at.end <= h.end)) return false;
      const other = reading.phrases.find((p) => (p.start <= at.start && at.end <= p.end) || (p.apposition && p.apposition.start <= at.start && at.end <= p.apposition.end));
      return !other || other.owners.some((h) => h.entry === entry.slug);
    });
  };
  const factSpans = entry.facts.map((f, i) =>
    f.citations.flatMap((_, j) => {
      const c = resolved.get(`facts[${i}].citations[${j}]`);
      const r = c && readingOf(c.source, c.block);
      if (!c || !r || !c.quote.includes(f.value)) return [];
      const at = c.start - r.block.start + c.quote.indexOf(f.value);
      return [{ source: c.source, block: c.block, span: { start: at, end: at + f.value.length } }];
    }),
  );
  const blocks = new Map<string, { source: string; blockId: string }>();
  for (const r of resolved.values()) blocks.set(`${r.source}#${r.block}`, { source: r.source, blockId: r.block });
  return (Object.keys(SPEC_LABELS) as SpecLabel[]).map((label) => {
    const row = SPEC_WORDS[label];
    const facts = entry.facts.flatMap((_, i) => (factSpans[i]!.some((x) => speaks(x.source, x.block, x.span, row.words, true)) ? [i] : []));
    if (facts.length > 0) return { label, status: 'stated' as const, facts, passages: [] };
    const passages = [...blocks.values()].flatMap(({ source, blockId }) => {
      const r = readingOf(source, blockId);
      if (!r) return [];
      const { sentences } = analysePassage(r.block.text);
      return sentences.flatMap((s) => {
        if (!holders.inBlock(source, blockId).some((h) => h.entry === entry.slug && h.start >= s.start && h.end <= s.end)) return [];
        if (!speaks(source, blockId, s, row.words, false)) return [];
        const citation = [...resolved.values()].find((c) => c.source === source && c.block === blockId && c.start - r.block.start < s.end && s.start < c.end - r.block.start);
        const n = citation && numberOf(citation.source, citation.anchor);
        return [{ source, block: blockId, start: r.block.start + s.start, end: r.block.start + s.end, sentence: r.block.text.slice(s.start, s.end), ...(n !== undefined && { citation: n }) }];
      });
    });
    if (passages.length > 0) return { label, status: 'passage-only' as const, facts: [], passages };
    return { label, status: 'not-stated' as const, facts: [], passages: [] };
  });
}
