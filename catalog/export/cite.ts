import type { ResolvedCitation } from '../schema/derived';
import { citationHref, findSource, passageHref, sourceTitle } from '../views';
import { statedValue } from './csl';

/**
 * Copy-citation text for one passage, in the form of `quoteCitationText` without the quote:
 * the source (its publisher if the text states one, and its headline, or its opening words
 * when it has none), the passage label and the passage's absolute address. Nothing in it
 * depends on the other sources, so it stays the same as sources are added.
 *
 * @example passageCitationText('article-000', 'paragraph-3', 'https://example.org')
 * // Korea JoongAng Daily, Kim shows off North's arsenal to Russian defense chief,
 * // Paragraph 3. https://example.org/sources/article-000#paragraph-3
 * @throws when the source or the block does not exist, a mistake in the calling page.
 */
export function passageCitationText(sourceId: string, blockId: string, baseUrl: string): string {
  const source = findSource(sourceId);
  if (!source) throw new Error(`passageCitationText: no source "${sourceId}"`);
  const named = source.blocks.find((b) => b.id === blockId);
  if (!named) throw new Error(`passageCitationText: no block "${blockId}" in source "${sourceId}"`);
  // A repeated block is shown once, as its first copy; cite that one.
  const block = source.blocks.find((b) => b.id === (named.duplicateOf ?? named.id))!;
  return citeLine(sourceId, block.label, `${baseUrl}${passageHref(sourceId, block.id)}`);
}

/** "<publisher if stated>, <title>, <passage label>. <url>" */
function citeLine(sourceId: string, label: string, url: string): string {
  const source = findSource(sourceId)!;
  const parts = [statedValue(source.meta.publisher), sourceTitle(source), label].filter(Boolean);
  return `${parts.join(', ')}. ${url}`;
}

/** The citation of a quote's passage without the quote: what a reader copies by hand under a quote already shown. */
export function quoteSourceText(c: ResolvedCitation, baseUrl: string): string {
  return citeLine(c.source, c.blockLabel, `${baseUrl}${citationHref(c)}`);
}

/**
 * Copy-citation text for one quote: the quote itself, then the source and passage as
 * `passageCitationText` gives them, with the address of the quoted words.
 */
export function quoteCitationText(c: ResolvedCitation, baseUrl: string): string {
  return `“${c.quote}” — ${citeLine(c.source, c.blockLabel, `${baseUrl}${citationHref(c)}`)}`;
}
