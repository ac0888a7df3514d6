/**
 * What a source's text states about itself, read from its blocks: headline, section, byline,
 * publisher, date and a translation note, each value verbatim with the passage that states it.
 * `add-source` records these; the verifier re-reads them to tell when a block's kind changed
 * under a value taken from it (a line that was the headline is now a wire service's note).
 */
import type { Block } from '../schema/derived';
import type { SourceMeta } from '../schema/source';
import { findBlockAt } from './segment';
import { CHROME_CUES, DATELINE_CUE, HEADLINE_SLUG_CUE, NOTE_DATE_CUE, SCRAPER_STAMP_CUE, TIMESTAMP_CUE, TRANSLATION_WORDS, matchByline } from './layout-cues';

/** The fields a text may state about itself. */
export const READ_FIELDS = ['headline', 'section', 'byline', 'publisher', 'date', 'translation'] as const;
export type ReadField = (typeof READ_FIELDS)[number];

/** A value the text states, the passage that states it, and why it was read so. */
export interface Finding {
  field: ReadField;
  value: string;
  quote: string;
  /** The block the quote was read from. */
  block: string;
}

const BREADCRUMB = CHROME_CUES.find((c) => c.why === 'breadcrumb trail')!.pattern;
/** "© 2023 The Seoul Ledger. All rights reserved." → "The Seoul Ledger". */
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(\p{Lu}[^.,|]*?)\s*(?:[.,|]|all rights reserved|$)/iu;
/** Keywords of a date line whose date is when the article was published, not when it was changed. */
const PUBLISHED = /^(?:published|posted|first published|date)$/iu;

const firstWords = (text: string) => `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;

/** A line's words without a scraper's stamp before them. */
export function withoutStamp(text: string): { stamp: string | undefined; rest: string } {
  const stamp = SCRAPER_STAMP_CUE.pattern.exec(text)?.[0];
  return { stamp, rest: stamp ? text.slice(stamp.length) : text };
}

/** The headline's own words: without a scraper's stamp and a wire service's mark ("(LEAD)", "UPDATE 1-"). */
export function headlineWords(text: string): { value: string; dropped: string[] } {
  const { stamp, rest } = withoutStamp(text);
  const slug = HEADLINE_SLUG_CUE.pattern.exec(rest)?.[0];
  const value = slug ? rest.slice(slug.length) : rest;
  return { value, dropped: [stamp?.trim(), slug?.trim()].filter((d): d is string => Boolean(d)) };
}

/** The first paragraph's dateline ("SEOUL, July 28 (Yonhap) --"), noted for the curator, and its date if it gives one. */
function readDateline(blocks: readonly Block[], notes: string[]): Finding | undefined {
  const first = blocks.find((b) => b.kind === 'paragraph');
  const dateline = first && DATELINE_CUE.pattern.exec(first.text);
  if (!dateline) return undefined;
  const { place, date, agency } = dateline.groups!;
  const quote = dateline[0].trimEnd();
  notes.push(`dateline ${firstWords(quote)}: place ${place}${date ? `, date ${date}` : ', no date'}${agency ? `, agency ${agency}` : ''}`);
  if (agency) {
    notes.push(
      `publisher: the dateline credits ${agency}, the agency that filed the story, which is not always the publisher; not recorded (state it with the dateline as its quote if the article is ${agency}'s own)`,
    );
  }
  return date ? { field: 'date', value: date, quote, block: first.id } : undefined;
}

/** The date of a date line that says when the article was published, else of a translation note's line, else the dateline's. */
function findDate(blocks: readonly Block[], notes: string[]): Finding | undefined {
  const fromDateline = readDateline(blocks, notes);
  for (const b of blocks.filter((x) => x.kind === 'timestamp')) {
    const { stamp, rest } = withoutStamp(b.text);
    if (stamp) {
      notes.push(`date: ${b.id} "${b.text}" is a scraper's stamp, when the page was saved, not the article's date; not recorded`);
      continue;
    }
    const m = TIMESTAMP_CUE.pattern.exec(rest);
    if (!m) continue;
    if (m[1] === undefined || PUBLISHED.test(m[1])) return { field: 'date', value: m[2]!, quote: b.text, block: b.id };
    notes.push(`date: ${b.id} "${b.text}" says when the article was changed, not when it was published; not recorded`);
  }
  for (const b of blocks.filter((x) => x.kind === 'note')) {
    const { stamp, rest } = withoutStamp(b.text);
    const dated = NOTE_DATE_CUE.exec(rest);
    if (stamp) notes.push(`date: "${stamp.trim()}" in ${b.id} is a scraper's stamp, when the page was saved, not the article's date; not recorded`);
    if (dated) return { field: 'date', value: dated[1]!, quote: b.text, block: b.id };
  }
  return fromDateline;
}

/**
 * The metadata the blocks state: the headline (without a scraper's stamp or a wire service's
 * mark before it), the byline (without its e-mail address), the section from a breadcrumb trail,
 * the publisher from a copyright line, the date from a date line ("Published July 28, 2023"),
 * else from a translation note's line ("28.07.2023 – Translated from …"), else from a dateline
 * ("SEOUL, July 28 (Yonhap) --"), never from a scraper's stamp; and a translation note.
 *
 * @returns what it found, and notes on what it read but did not record, for the curator.
 */
export function readStatedMetadata(blocks: readonly Block[]): { found: Finding[]; notes: string[] } {
  const notes: string[] = [];
  const found: Finding[] = [];
  const headline = blocks.find((b) => b.kind === 'headline');
  if (headline) {
    const { value, dropped } = headlineWords(headline.text);
    found.push({ field: 'headline', value, quote: headline.text, block: headline.id });
    if (dropped.length > 0) notes.push(`headline: left out ${dropped.map((d) => `"${d}"`).join(' and ')} before it (not the headline's own words)`);
  }
  const trail = blocks.find((b) => b.kind === 'chrome' && BREADCRUMB.test(b.text));
  if (trail) found.push({ field: 'section', value: trail.text, quote: trail.text, block: trail.id });
  const byline = blocks.find((b) => b.kind === 'byline');
  const names = byline && matchByline(byline.text)?.names;
  if (byline && names) found.push({ field: 'byline', value: names, quote: byline.text, block: byline.id });
  const copyright = blocks.map((b) => ({ b, m: b.kind === 'chrome' ? COPYRIGHT.exec(b.text) : null })).find((x) => x.m);
  if (copyright) found.push({ field: 'publisher', value: copyright.m![1]!.trim(), quote: copyright.b.text, block: copyright.b.id });
  const date = findDate(blocks, notes);
  if (date) found.push(date);
  const translation = blocks.map((b) => ({ b, m: b.kind === 'note' ? TRANSLATION_WORDS.exec(withoutStamp(b.text).rest) : null })).find((x) => x.m);
  if (translation) found.push({ field: 'translation', value: translation.m![0]!.trim(), quote: translation.b.text, block: translation.b.id });
  return { found, notes };
}

/** The kinds of block a field may be read from, when a value is checked against today's blocks. */
const FIELD_KINDS: Partial<Record<ReadField, readonly Block['kind'][]>> = {
  headline: ['headline'],
  byline: ['byline'],
  date: ['timestamp', 'paragraph', 'note'],
  translation: ['note'],
};

const KIND_WORDS: Record<Block['kind'], string> = {
  headline: 'the headline',
  paragraph: 'a paragraph',
  caption: 'a photo caption',
  byline: 'a byline',
  chrome: 'site text',
  note: 'a note',
  timestamp: 'a date line',
  'alt-text': "an image's alt text",
};
const FIELD_WORDS: Partial<Record<ReadField, string>> = { headline: 'a headline', byline: 'a byline', date: 'a date', translation: 'a translation note' };

/** A stated value whose passage is no longer of a kind it can be read from. */
export interface StaleValue {
  field: ReadField;
  value: string;
  /** Where the quote is now and what it is. */
  now: string;
  /** What the field reads as from today's blocks, if anything. */
  derived?: string;
}

/**
 * The stated metadata values taken from a passage whose kind no longer fits them: a headline
 * whose line is now a note, a date read from a scraper's stamp. Sections and publishers are the
 * curator's to quote from anywhere, and are not checked.
 */
export function findStaleMetadata(meta: SourceMeta, text: string, blocks: readonly Block[]): StaleValue[] {
  const { found } = readStatedMetadata(blocks);
  const stale: StaleValue[] = [];
  for (const field of READ_FIELDS) {
    const kinds = FIELD_KINDS[field];
    const value = meta[field];
    if (!kinds || !value || value.status !== 'stated') continue;
    const homes: Block[] = [];
    for (let at = text.indexOf(value.quote); at !== -1; at = text.indexOf(value.quote, at + 1)) {
      const block = findBlockAt(blocks, at, at + value.quote.length);
      if (block) homes.push(block);
    }
    if (homes.length === 0) continue;
    const fits = homes.filter((b) => kinds.includes(b.kind) && !(field === 'date' && inStamp(b.text, value.value)));
    if (fits.length > 0) continue;
    const home = homes[0]!;
    const now = field === 'date' && inStamp(home.text, value.value) ? `a scraper's stamp in ${home.id}, which says when the page was saved` : `the passage that is now ${home.id} (${home.label}), ${KIND_WORDS[home.kind]}, not ${FIELD_WORDS[field]}`;
    const derived = found.find((f) => f.field === field)?.value;
    stale.push({ field, value: value.value, now, ...(derived !== undefined && { derived }) });
  }
  return stale;
}

/** Whether `value` lies inside the scraper's stamp that opens `text`. */
function inStamp(text: string, value: string): boolean {
  const { stamp } = withoutStamp(text);
  return stamp !== undefined && stamp.includes(value) && !text.slice(stamp.length).includes(value);
}
