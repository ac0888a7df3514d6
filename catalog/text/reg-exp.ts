/** `text` as a regular-expression source that matches it literally. */
/**
 * Letters that a case-insensitive Unicode pattern folds to an ASCII letter where `toLowerCase`
 * does not give that letter (the long s; the Kelvin sign, kept for safety): a text holding one is
 * read by its patterns whole, not through a lower-cased look-up.
 */
export const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

/** `text` as a regular-expression source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
