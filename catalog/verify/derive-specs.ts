/**
 * "Not stated" is derived, never declared. For each specification readers look for, an entry
 * either has facts whose words speak to it (stated), or passages about it whose sentences speak
 * to it without a fact reading them so (shown word for word, marked as not read as a fact), or
 * neither (not stated in these sources). The words are the table of catalog/text/spec-words.ts;
 * a word counts for an entry only where the sentence attaches it to the entry.
 */
import { SentenceReading } from '../text/attachment';
import { analysePassage } from '../text/cue-scope';
import { holdsWord } from '../text/label-words';
import { SPEC_WORDS } from '../text/spec-words';
import { SPEC_LABELS, type SpecLabel } from '../labels';
import type { SourceRecord, SpecStatus } from '../schema/derived';
import type { CheckedEntry } from './verify-entries';
import type { HolderIndex } from './holders';
import { occurrences } from './holders';

/** Where `words` of a spec row stand in `text`, as spans. */
function wordSpans(text: string, words: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const w of words) {
    const found = holdsWord(text, [w]);
    if (found) spans.push(...occurrences(text, found));
  }
  return spans;
}

/**
 * The specifications of one entry: for each label of SPEC_LABELS, the facts that state it, or the
 * sentences of its cited passages that speak to it, or neither.
 */
export function deriveSpecs(checked: CheckedEntry, sources: ReadonlyMap<string, SourceRecord>, holders: HolderIndex, numberOf: (source: string, anchor: string) => number | undefined): SpecStatus[] {
  const { entry, resolved } = checked;
  const blocks = new Map<string, { source: string; blockId: string }>();
  for (const r of resolved.values()) blocks.set(`${r.source}#${r.block}`, { source: r.source, blockId: r.block });
  const sentencesAbout: { source: string; blockId: string; start: number; end: number; text: string; reading: SentenceReading; cited?: number }[] = [];
  for (const { source, blockId } of blocks.values()) {
    const block = sources.get(source)?.blocks.find((b) => b.id === blockId);
    if (!block) continue;
    const inBlock = holders.inBlock(source, blockId);
    const { sentences, cues } = analysePassage(block.text);
    const reports = cues.filter((c) => c.kind === 'report' && c.subject === 'before' && c.scope.some((s) => s.start >= c.end));
    for (const s of sentences) {
      if (!inBlock.some((h) => h.entry === entry.slug && h.start >= s.start && h.end <= s.end)) continue;
      const citation = [...resolved.values()].find((r) => r.source === source && r.block === blockId && r.start - block.start < s.end && s.start < r.end - block.start);
      sentencesAbout.push({
        source,
        blockId,
        start: block.start + s.start,
        end: block.start + s.end,
        text: block.text.slice(s.start, s.end),
        reading: new SentenceReading(block.text, s, inBlock, reports),
        ...(citation && { cited: numberOf(citation.source, citation.anchor) }),
      });
    }
  }
  return (Object.keys(SPEC_LABELS) as SpecLabel[]).map((label) => {
    const row = SPEC_WORDS[label];
    const facts = entry.facts.flatMap((f, i) => (holdsWord(f.value, row.words) ? [i] : []));
    if (facts.length > 0) return { label, status: 'stated' as const, facts, passages: [] };
    const passages = sentencesAbout.flatMap((s) => {
      const local = wordSpans(s.text, row.words).map((w) => ({ start: w.start + s.reading.sentence.start, end: w.end + s.reading.sentence.start }));
      const attached = local.some((w) => s.reading.attach(w).owners.some((h) => h.entry === entry.slug));
      return attached ? [{ source: s.source, block: s.blockId, start: s.start, end: s.end, sentence: s.text, ...(s.cited !== undefined && { citation: s.cited }) }] : [];
    });
    if (passages.length > 0) return { label, status: 'passage-only' as const, facts: [], passages };
    return { label, status: 'not-stated' as const, facts: [], passages: [] };
  });
}
