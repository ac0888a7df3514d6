/** How the commands print blocks, mentions and candidates for a curator. */
import type { ExplainedBlock } from '../../catalog/text/segment';
import type { Candidate } from '../../catalog/text/find-candidates';
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
};

export const firstWords = (text: string, max = 48) => {
  const flat = text.replace(/\s+/gu, ' ');
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
};

const lineSpan = ([a, b]: [number, number]) => (a === b ? `L${a}` : `L${a}-${b}`);
const pad = (text: string, width: number) => text.padEnd(width);

/** One line per block: its lines, id, kind, first words and why; then the count of each kind. */
export function formatBlocks(blocks: readonly ExplainedBlock[]): string[] {
  const idWidth = Math.max(...blocks.map((b) => b.id.length));
  const lines = blocks.map(
    (b) => `  ${pad(lineSpan(b.lines), 8)} ${pad(b.id, idWidth)}  ${pad(KIND_NAMES[b.kind], 16)} ${pad(firstWords(b.text), 50)}  ${b.why}`,
  );
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(KIND_NAMES[b.kind], (counts.get(KIND_NAMES[b.kind]) ?? 0) + 1);
  const summary = [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
  return [`Blocks (${blocks.length}): ${summary}.`, ...lines];
}

/** What a candidate may be, in words: "possibly <entry>", a variant spelling, or a new system. */
export function describeRelations(relations: readonly CandidateRelation[]): string {
  const close = relations.filter((r) => r.kind !== 'other-number');
  if (close.length > 0) return close.map((r) => `possibly ${r.name} [${r.slug}]: ${r.why}`).join('; ');
  const others = relations.filter((r) => r.kind === 'other-number');
  if (others.length > 0) return `new: another number than ${others.map((r) => r.name).join(', ')}, so a different system`;
  return 'new';
}

export function formatCandidate(c: Candidate, label: string, relations: readonly CandidateRelation[]): string {
  return `  "${c.text}"  ${c.kind}, first in ${c.block} (${label}) — ${describeRelations(relations)}`;
}
