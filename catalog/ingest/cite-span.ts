import type { Citation } from '../schema/entry';
import { resolveCitation, type SourceText } from '../verify/resolve-citation';
import { findBlockAt } from '../text/segment';
import { findAllIndexed } from '../text/quote-index';

/**
 * The shortest citation that resolves to exactly `[start, end)` of a source: the words alone
 * if they occur once, else with their block, else with as many words before them as tell them
 * apart. A span inside a block printed twice is cited in its first copy. `counts` (quote →
 * occurrences in the text), shared by the calls for one source, spares a search of the whole text
 * for every span of a quote it holds many times.
 *
 * @returns the citation, or null when no citation can pick the span (it crosses blocks, or it
 *   lies in site text the reader does not show).
 */
export function citeSpan(source: SourceText, start: number, end: number, counts?: Map<string, number>): Citation | null {
  let block = findBlockAt(source.blocks, start, end);
  if (!block) return null;
  if (block.duplicateOf) {
    const original = source.blocks.find((b) => b.id === block!.duplicateOf)!;
    start += original.start - block.start;
    end += original.start - block.start;
    block = original;
  }
  const quote = source.text.slice(start, end);
  const before = source.text.slice(block.start, start);
  const prefixes = wordPrefixes(before);
  // A quote the text holds more than once needs its block: counted once per quote, not searched again per span.
  let count = counts?.get(quote);
  if (counts && count === undefined) counts.set(quote, (count = findAllIndexed(source.text, quote, source.blocks).length));
  const tries: Citation[] = [
    ...(count !== undefined && count > 1 ? [] : [{ source: source.id, quote }]),
    { source: source.id, quote, block: block.id },
    ...prefixes.map((prefix) => ({ source: source.id, quote, block: block!.id, prefix })),
  ];
  return tries.find((c) => {
    const r = resolveCitation(source, c);
    return r.ok && r.citation.start === start && r.citation.end === end;
  }) ?? null;
}

/** The text before a span cut at word starts, shortest first: "the ", "fired the ", … */
function wordPrefixes(before: string): string[] {
  const starts = [...before.matchAll(/(?:^|\s)(?=\S)/gu)].map((m) => m.index + m[0].length).reverse();
  return starts.map((i) => before.slice(i)).filter((p) => p.length > 0);
}
