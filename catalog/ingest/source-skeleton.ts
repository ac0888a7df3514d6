import { sourceMetaSchema, type MetadataField, type SourceMeta, type StatedField } from '../schema/source';
import type { Block } from '../schema/derived';
import { CHROME_CUES, DATELINE_CUE, TIMESTAMP_CUE, matchByline } from '../text/layout-cues';
import { hashBytes } from '../verify/verify-sources';
import { recordBlocks } from '../verify/recorded-blocks';

const NOT_STATED: StatedField = { status: 'not-stated' };
const BREADCRUMB = CHROME_CUES.find((c) => c.why === 'breadcrumb trail')!.pattern;
/** "© 2023 The Seoul Ledger. All rights reserved." → "The Seoul Ledger". */
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(\p{Lu}[^.,|]*?)\s*(?:[.,|]|all rights reserved|$)/iu;
/** Keywords of a date line whose date is when the article was published, not when it was changed. */
const PUBLISHED = /^(?:published|posted|first published|date)$/iu;

/** A metadata field the text states, and the decision behind it, for the curator. */
interface Finding {
  field: MetadataField;
  value: string;
  quote: string;
}

const stated = (f: Finding): StatedField => ({ status: 'stated', value: f.value, quote: f.quote });

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
  return date ? { field: 'date', value: date, quote } : undefined;
}

/** The date of a date line that says when the article was published, else the dateline's. */
function findDate(blocks: readonly Block[], notes: string[]): Finding | undefined {
  const fromDateline = readDateline(blocks, notes);
  for (const b of blocks.filter((x) => x.kind === 'timestamp')) {
    const m = TIMESTAMP_CUE.pattern.exec(b.text);
    if (!m) continue;
    if (m[1] === undefined || PUBLISHED.test(m[1])) return { field: 'date', value: m[2]!, quote: b.text };
    notes.push(`date: ${b.id} "${b.text}" says when the article was changed, not when it was published; not recorded`);
  }
  return fromDateline;
}

const firstWords = (text: string) => `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;

/**
 * The metadata a new source starts with: only what its text states, each value verbatim with
 * the line that states it. Headline and byline come from the blocks `segmentText` found (the
 * byline without its e-mail address); the section from a breadcrumb trail; the publisher from a
 * copyright line; the date from a date line ("Published July 28, 2023"), else from a dateline
 * ("SEOUL, July 28 (Yonhap) --"). The blocks are recorded, so that the verifier can tell when a
 * later segmentation moves a citation.
 *
 * @returns the metadata, and notes on what was read but not recorded, for the curator.
 */
export function sourceMetaSkeleton(
  id: string,
  archivedAs: string,
  bytes: Uint8Array,
  blocks: readonly Block[],
): { meta: SourceMeta; notes: string[] } {
  const notes: string[] = [];
  const found: Finding[] = [];
  const headline = blocks.find((b) => b.kind === 'headline');
  if (headline) found.push({ field: 'headline', value: headline.text, quote: headline.text });
  const trail = blocks.find((b) => b.kind === 'chrome' && BREADCRUMB.test(b.text));
  if (trail) found.push({ field: 'section', value: trail.text, quote: trail.text });
  const byline = blocks.find((b) => b.kind === 'byline');
  const names = byline && matchByline(byline.text)?.names;
  if (byline && names) found.push({ field: 'byline', value: names, quote: byline.text });
  const copyright = blocks.map((b) => ({ b, m: b.kind === 'chrome' ? COPYRIGHT.exec(b.text) : null })).find((x) => x.m);
  if (copyright) found.push({ field: 'publisher', value: copyright.m![1]!.trim(), quote: copyright.b.text });
  const date = findDate(blocks, notes);
  if (date) found.push(date);

  const field = (name: MetadataField) => {
    const f = found.find((x) => x.field === name);
    return f ? stated(f) : NOT_STATED;
  };
  const meta = sourceMetaSchema.parse({
    id,
    archivedAs,
    sha256: hashBytes(bytes),
    headline: field('headline'),
    section: field('section'),
    byline: field('byline'),
    publisher: field('publisher'),
    date: field('date'),
    recordedBlocks: recordBlocks(blocks),
  });
  return { meta, notes };
}

/** Metadata as JSON the way the catalog's files are written: two-space indent, `not-stated` and line ranges on one line. */
export function formatSourceMeta(meta: SourceMeta): string {
  const json = JSON.stringify(meta, null, 2)
    .replace(/\{\n\s+"status": "not-stated"\n\s+\}/g, '{ "status": "not-stated" }')
    .replace(/"lines": \[\s+(\d+),\s+(\d+)\s+\]/g, '"lines": [$1, $2]');
  return `${json}\n`;
}
