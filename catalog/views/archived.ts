/** What a source's archived text holds beyond what its reader page shows. */
import type { SourceRecord } from '../schema/derived';
import { plural } from './words';

/**
 * The parts of an archived text that the reader leaves out, in words ("the 9 passages of
 * the website’s own text around the article and the second copy of 4 passages printed twice"), or null when the reader
 * shows every passage of it.
 */
export function archivedExtras(source: SourceRecord): string | null {
  const chrome = source.blocks.filter((b) => b.kind === 'chrome').length;
  const repeats = source.blocks.filter((b) => b.duplicateOf).length;
  const parts = [
    chrome > 0 ? `the ${plural(chrome, 'passage')} of the website’s own text around the article` : '',
    repeats > 0 ? `the second copy of ${plural(repeats, 'passage')} printed twice` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' and ') : null;
}
