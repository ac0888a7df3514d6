/** A cited span of one block, offsets into the block's text. */
export interface QuoteSpan {
  start: number;
  end: number;
  anchor: string;
}

const crosses = (a: QuoteSpan, b: QuoteSpan) =>
  (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);

/**
 * Splits the quotes of one block into those that can be marked in a single nested rendering
 * (`main`: any two of them are nested or apart) and those that cross one of them
 * (`alternates`). Longer quotes are placed first, so the broadest citations stay in the main
 * text; each alternate is shown in a copy of the passage of its own when a link targets it,
 * so every quote can be highlighted as a whole.
 */
export function layerQuotes(quotes: readonly QuoteSpan[]): { main: QuoteSpan[]; alternates: QuoteSpan[] } {
  const main: QuoteSpan[] = [];
  const alternates: QuoteSpan[] = [];
  const byLength = [...quotes].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const q of byLength) (main.some((m) => crosses(m, q)) ? alternates : main).push(q);
  alternates.sort((a, b) => a.start - b.start || a.end - b.end);
  return { main, alternates };
}
