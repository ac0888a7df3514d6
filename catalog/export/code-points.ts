/**
 * Offsets for readers outside JavaScript. The catalog counts offsets in UTF-16 code units (what
 * `String.prototype.slice` uses); the W3C TextPositionSelector counts Unicode code points, so
 * a character outside the Basic Multilingual Plane (an emoji, say) is one position, not two.
 */

/** The code-point offset of a UTF-16 offset into `text`. */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  return [...text.slice(0, utf16Offset)].length;
}

/** The UTF-16 offset of a code-point offset into `text`; the inverse of `toCodePointOffset`. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  let units = 0;
  let points = 0;
  for (const char of text) {
    if (points === codePointOffset) break;
    units += char.length;
    points += 1;
  }
  return units;
}

/** Up to `length` code points of `text` right before `start` (a UTF-16 offset). */
export function textBefore(text: string, start: number, length: number): string {
  return [...text.slice(0, start)].slice(-length).join('');
}

/** Up to `length` code points of `text` from `end` (a UTF-16 offset) on. */
export function textAfter(text: string, end: number, length: number): string {
  return [...text.slice(end)].slice(0, length).join('');
}
