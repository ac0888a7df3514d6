/** How the commands print blocks, mentions and candidates for a curator. */
import type { ExplainedBlock } from '../../catalog/text/segment';
import type { LeftOut } from '../../catalog/text/find-candidates';
import type { CandidateSuggestion, ReferenceSuggestion } from '../../catalog/ingest/suggestions';
import type { CandidateRelation } from '../../catalog/text/relate-candidates';
import type { BlockKind } from '../../catalog/schema/source';

const KIND_NAMES: Record<BlockKind, string> = {
  headline: 'headline',
  paragraph: 'paragraph',
  caption: 'caption',
  byline: 'byline',
  chrome: 'HIDDEN site text',
  note: "editor's note",
  timestamp: 'date line',
  'alt-text': 'image alt text',
};

export const firstWords = (text: string, max = 48) => {
  const flat = text.replace(/\s+/gu, ' ');
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
};

const lineSpan = ([a, b]: [number, number]) => (a === b ? `L${a}` : `L${a}-${b}`);
const pad = (text: string, width: number) => text.padEnd(width);

/** Above this many blocks, runs of plain paragraphs are printed as one line each: a report of megabytes has tens of thousands. */
const LONG = 200;
/** Above this many lines of one kind, a list is grouped and its places abridged. */
export const MANY = 50;

/** Adds an item to its group, making the group when it is the first. */
export function addTo<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/** Block ids, the first few and how many more: "paragraph-3, paragraph-10, … and 5940 more". */
export const someOf = (ids: readonly string[], shown = 5) => `${ids.slice(0, shown).join(', ')}${ids.length > shown ? `, … and ${ids.length - shown} more` : ''}`;

/**
 * One line per block: its lines, id, kind, first words and why; then the count of each kind. In
 * a long source, a run of paragraphs that end as sentences do (the segmenter's plainest
 * decision) is one line; every other block keeps its own.
 */
export function formatBlocks(blocks: readonly ExplainedBlock[]): string[] {
  const idWidth = Math.max(...blocks.map((b) => b.id.length));
  const lines: string[] = [];
  const plain = (b: ExplainedBlock) => blocks.length > LONG && b.kind === 'paragraph' && b.why === 'paragraph';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    let j = i;
    while (plain(b) && j + 1 < blocks.length && plain(blocks[j + 1]!)) j++;
    if (j - i >= 2) {
      const last = blocks[j]!;
      lines.push(`  ${pad(lineSpan([b.lines[0], last.lines[1]]), 8)} ${b.id} … ${last.id}  ${j - i + 1} paragraphs, each ending as a sentence ends`);
      i = j;
      continue;
    }
    lines.push(`  ${pad(lineSpan(b.lines), 8)} ${pad(b.id, idWidth)}  ${pad(KIND_NAMES[b.kind], 16)} ${pad(firstWords(b.text), 50)}  ${b.why}`);
  }
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(KIND_NAMES[b.kind], (counts.get(KIND_NAMES[b.kind]) ?? 0) + 1);
  const summary = [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
  return [`Blocks (${blocks.length}): ${summary}.`, ...lines];
}

const DIFFERENT = new Set<CandidateRelation['kind']>(['other-number', 'other-kind']);

/** What a candidate may be, in words: "possibly <entry>", a variant spelling, or a new system (and why it is not a catalogued one). */
export function describeRelations(relations: readonly CandidateRelation[]): string {
  const close = relations.filter((r) => !DIFFERENT.has(r.kind));
  if (close.length > 0) return close.map((r) => `possibly ${r.name} [${r.slug}]: ${r.why}`).join('; ');
  const numbers = relations.filter((r) => r.kind === 'other-number' && !/calibre/u.test(r.why));
  const why = [
    ...(numbers.length > 0 ? [`another number than ${numbers.map((r) => r.name).join(', ')}`] : []),
    ...relations.filter((r) => !numbers.includes(r)).map((r) => `not ${r.name}, ${r.why.replace(/: a different system$/u, '')}`),
  ];
  return why.length > 0 ? `new: ${why.join('; ')}, so a different system` : 'new';
}

/** One line for a candidate: its words, kind, where it occurs and what it may be. */
export function formatCandidate(c: CandidateSuggestion, label: (block: string) => string): string {
  const where = c.occurrences.map((o) => o.block);
  const shown = [...new Set(where)];
  const at = `${shown.slice(0, 3).join(', ')}${shown.length > 3 ? ` and ${shown.length - 3} more` : ''}`;
  const first = c.occurrences[0]!;
  return `  "${c.text}"  ${c.kind}, in ${at} (${label(first.block)}${where.length > 1 ? `, ${where.length} times` : ''}) — ${describeRelations(c.relations)}`;
}

/** One line for a description that may refer to catalogued systems, with the words that tie them. */
export function formatReference(r: ReferenceSuggestion, label: (block: string) => string): string[] {
  return [
    `  "${r.quote.text}"  in ${r.block} (${label(r.block)}) — possibly ${r.offers.map((o) => `${o.name} [${o.slug}]`).join(' or ')}`,
    ...r.offers.map((o) => `      ${o.slug}: ${o.ties.join('; ')}; ${o.refersTo !== undefined ? `points back to "${o.refersTo}"` : `nothing before it names ${o.name}, so it cannot be cited as it here`}`),
  ];
}

/** The descriptions of a source: one by one, or, when there are many, grouped by their words and the entries offered. */
export function formatReferences(references: readonly ReferenceSuggestion[], label: (block: string) => string): string[] {
  if (references.length <= MANY) return references.flatMap((r) => formatReference(r, label));
  const groups = new Map<string, ReferenceSuggestion[]>();
  for (const r of references) {
    const key = `${r.text.toLowerCase()}|${r.offers.map((o) => o.slug).join(',')}`;
    addTo(groups, key, r);
  }
  return [...groups.values()].flatMap((group) => {
    const r = group[0]!;
    return [
      `  "${r.text}"  in ${group.length} passage(s): ${someOf(group.map((g) => g.block))} — possibly ${r.offers.map((o) => `${o.name} [${o.slug}]`).join(' or ')}`,
      ...r.offers.map((o) => `      ${o.slug}: ${o.ties[0]}${o.ties.length > 1 ? `; ${o.ties.slice(1).join('; ')}` : ''}`),
    ];
  });
}

/** What the finder read and did not offer, one line each, so a curator sees nothing was dropped silently. */
export function formatLeftOut(leftOut: readonly LeftOut[]): string[] {
  const seen = new Set<string>();
  return leftOut.flatMap((l) => {
    const key = l.text.toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    return [`  "${l.text}" (${l.block}): ${l.why}`];
  });
}
