/** A designation ("Hwasong-18", "MQ 9", "KN-23") or a calibre ("122-millimeter", "122mm") in a text. */
export interface Designation {
  kind: 'designation' | 'caliber';
  start: number;
  end: number;
  text: string;
  /** The letters as written, without the separator ("Hwasong", "MQ"); empty for a calibre. */
  letters: string;
  /** The number with any letter suffix ("18", "9A", "122"). */
  number: string;
  /** What two spellings of one designation share: "hwasong18", "mq9", "122mm". */
  key: string;
}

/** "Hwasong-19", "MQ-9", "Su-27", "KN-23"; also "MQ 9" when the letters are capitals. */
const DESIGNATION = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+-|\p{Lu}{1,5}[- ])(\d{1,4}\p{Lu}?)s?(?![\p{L}\p{N}]|-\p{N})/gu;
/** "240-millimeter", "122 mm", "155mm", "122-millimetre". */
const CALIBER = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)(?:-| )?(?:millimet(?:er|re)s?|mm)(?![\p{L}\p{N}])/gu;
/** A calibre's unit, however it is written, as pattern source. */
export const MILLIMETRES = '(?:millimet(?:er|re)s?|mm)';
const YEAR = /^(?:19|20)\d\d$/;

/**
 * The designations and calibres in `text`, in order. A year after a word ("Exhibition-2023")
 * is not a designation.
 */
export function findDesignations(text: string): Designation[] {
  const found: Designation[] = [];
  for (const m of text.matchAll(DESIGNATION)) {
    const letters = m[1]!.slice(0, -1);
    const number = m[2]!;
    if (YEAR.test(number) && /\p{Ll}/u.test(letters)) continue;
    found.push({ kind: 'designation', start: m.index, end: m.index + m[0].length, text: m[0], letters, number, key: `${letters}${number}`.toLowerCase() });
  }
  for (const m of text.matchAll(CALIBER)) {
    found.push({ kind: 'caliber', start: m.index, end: m.index + m[0].length, text: m[0], letters: '', number: m[1]!, key: `${m[1]}mm` });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The designation or calibre a name begins with ("122-millimeter shells" → "122-millimeter"), if any. */
export function leadingDesignation(name: string): Designation | undefined {
  const first = findDesignations(name.trim())[0];
  return first?.start === 0 ? first : undefined;
}
