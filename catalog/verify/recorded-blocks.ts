import type { Block, ResolvedCitation, SourceRecord } from '../schema/derived';
import type { ViolationList } from './violations';

/** A block as a source's metadata records it. */
export interface RecordedBlock {
  id: string;
  start: number;
  end: number;
}

/** The record of `blocks` that a source's metadata keeps: `"<id> <start>-<end>"`, in order. */
export function recordBlocks(blocks: readonly Block[]): string[] {
  return blocks.map((b) => `${b.id} ${b.start}-${b.end}`);
}

export function parseRecordedBlock(line: string): RecordedBlock {
  const [id, span] = line.split(' ') as [string, string];
  const [start, end] = span.split('-').map(Number) as [number, number];
  return { id, start, end };
}

/** How today's blocks differ from the recorded ones, one phrase per difference, in reading order. */
export function diffBlocks(recorded: readonly RecordedBlock[], blocks: readonly Block[]): string[] {
  const before = new Map(recorded.map((b) => [b.id, b]));
  const now = new Set(blocks.map((b) => b.id));
  const changes: string[] = [];
  for (const b of blocks) {
    const was = before.get(b.id);
    if (!was) changes.push(`${b.id} ${b.start}-${b.end} is new`);
    else if (was.start !== b.start || was.end !== b.end) changes.push(`${b.id} was ${was.start}-${was.end}, is now ${b.start}-${b.end}`);
  }
  for (const b of recorded) if (!now.has(b.id)) changes.push(`${b.id} ${b.start}-${b.end} is gone`);
  return changes;
}

/** A citation whose passage lay in another block (or another span of it) when the blocks were recorded. */
export interface MovedCitation {
  was: RecordedBlock | undefined;
  now: Block;
}

/**
 * Where a resolved citation was in the recorded blocks, if that differs from where it is now:
 * another block id, or the same id over other text.
 */
export function findMove(recorded: readonly RecordedBlock[], blocks: readonly Block[], citation: ResolvedCitation): MovedCitation | null {
  const now = blocks.find((b) => b.id === citation.block)!;
  const was = recorded.find((b) => b.start <= citation.start && citation.end <= b.end);
  if (was && was.id === now.id && was.start === now.start && was.end === now.end) return null;
  return { was, now };
}

const RESEGMENT = (id: string) => `npm run catalog -- resegment ${id}`;
const preview = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Compares each source's segmentation with the blocks its metadata records, and names every
 * citation (by file and field) whose block changed since: block ids are anchors that entries
 * and readers' links use, so they change only on purpose.
 */
export function checkRecordedBlocks(
  sources: readonly SourceRecord[],
  citations: readonly { file: string; path: string; citation: ResolvedCitation }[],
  out: ViolationList,
): void {
  for (const source of sources) {
    if (!source.meta.recordedBlocks) continue;
    const id = source.meta.id;
    const recorded = source.meta.recordedBlocks.map(parseRecordedBlock);
    const changes = diffBlocks(recorded, source.blocks);
    if (changes.length === 0) continue;
    const shown = changes.slice(0, 6).join('; ') + (changes.length > 6 ? `; and ${changes.length - 6} more` : '');
    out.add(
      'blocks-changed',
      `catalog/sources/${id}.json`,
      'recordedBlocks',
      `the segmentation of ${id} no longer matches its recorded blocks: ${shown}. If that is intended, run "${RESEGMENT(id)}" to record the new blocks`,
    );
    for (const { file, path, citation } of citations) {
      if (citation.source !== id) continue;
      const move = findMove(recorded, source.blocks, citation);
      if (!move) continue;
      const was = move.was ? `${move.was.id} (${move.was.start}-${move.was.end})` : 'across two blocks';
      out.add(
        'block-moved',
        file,
        path,
        `"${preview(citation.quote)}" was in ${id} ${was} when its blocks were recorded, and is now in ${move.now.id} (${move.now.start}-${move.now.end}): check the citation, then run "${RESEGMENT(id)}"`,
      );
    }
  }
}
