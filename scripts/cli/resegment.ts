/**
 * `npm run catalog -- resegment <source-id> [--root <dir>]`: after the segmenter or a source's
 * block rules changed on purpose, prints the source's blocks, what changed since they were
 * recorded and which citations moved, records the new blocks in the source's metadata, and reads
 * again every metadata value whose line changed kind (a headline that is now a note).
 * It refuses when the new blocks would leave the catalog failing for another reason.
 */
import path from 'node:path';
import { formatSourceMeta, rederiveMetadata } from '../../catalog/ingest/source-skeleton';
import { SOURCES_DIR } from '../../catalog/load';
import { sourceMetaSchema } from '../../catalog/schema/source';
import { explainBlocks, plainBlock } from '../../catalog/text/segment';
import { renameBlocks } from '../../catalog/ingest/rename-blocks';
import { setTopLevelValue } from '../../catalog/ingest/entry-json';
import { diffBlocks, parseRecordedBlock, recordBlocks } from '../../catalog/verify/recorded-blocks';
import { verifyCatalog } from '../../catalog/verify/verify';
import { decodeUtf8 } from '../../catalog/verify/verify-sources';
import { InputError, isPending, listViolations, newViolations, parseCommand, projectRoot, readVerified, runCommand, withEntries, writeFilesAtomically } from './common';
import { formatBlocks } from './report';
import { usageOf } from './commands';

const USAGE = usageOf('resegment');
const MOVES = new Set(['blocks-changed', 'block-moved']);
/** What resegment itself puts right: block records, the citations they move, and metadata read from a changed line. */
const MENDS = new Set([...MOVES, 'meta-stale']);

export function runResegment(args: string[]): number {
  return runCommand('resegment', () => {
    const { positionals, values } = parseCommand(args, {}, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length !== 1) throw new InputError(`name one source.\n${USAGE}`, 2);
    const id = positionals[0]!;
    // A citation that names a block whose words moved no longer resolves: resegment renames it.
    const { files, result, pending } = readVerified(root, (v) => MENDS.has(v.rule) || v.rule === 'quote-block' || v.rule === 'block-unknown');
    const source = files.sources.find((s) => s.id === id);
    if (!source?.metaContent || !source.textBytes) throw new InputError(`no source "${id}" in ${SOURCES_DIR} (known: ${files.sources.map((s) => s.id).join(', ')})`);

    const meta = sourceMetaSchema.parse(JSON.parse(source.metaContent));
    const text = decodeUtf8(source.textBytes)!;
    const { blocks } = explainBlocks(text, meta.blockRules);
    const recorded = recordBlocks(blocks);
    const rederived = rederiveMetadata(meta, text, blocks.map(plainBlock));
    const toMend = result.ok ? [] : result.violations.filter((v) => !isPending(v));
    if (JSON.stringify(recorded) === JSON.stringify(meta.recordedBlocks) && rederived.changes.length === 0 && toMend.length === 0) {
      console.log(`${source.metaFile} already records these blocks: nothing was changed.`);
      return 0;
    }
    const changes = diffBlocks((meta.recordedBlocks ?? []).map(parseRecordedBlock), blocks);
    const moved = result.ok ? [] : result.violations.filter((v) => v.rule === 'block-moved' && v.message.includes(` in ${id} `));
    const metaContent = formatSourceMeta({ ...rederived.meta, recordedBlocks: recorded });
    const renamed: string[] = [];
    const edits = files.entries.flatMap((f) => {
      const raw = JSON.parse(f.content) as Record<string, unknown>;
      const renames = renameBlocks(raw as never, { id, text, blocks: blocks.map(plainBlock) }, (meta.recordedBlocks ?? []).map(parseRecordedBlock));
      if (renames.length === 0) return [];
      renamed.push(...renames.map((r) => `  ${f.file}: ${r.path}: ${r.from} → ${r.to}`));
      const keys = new Set(renames.map((r) => r.path.split(/[.[]/)[0]!));
      return [{ file: f.file, content: [...keys].reduce((content, key) => setTopLevelValue(content, key, raw[key]), f.content) }];
    });
    const after = verifyCatalog({ ...withEntries(files, edits), sources: files.sources.map((s) => (s.id === id ? { ...s, metaContent } : s)) });
    // Moves in other sources were there before and are theirs to record; anything else is new.
    const left = newViolations(after, pending).filter((v) => !MOVES.has(v.rule) && !(v.rule === 'meta-stale' && v.file !== source.metaFile));
    if (left.length > 0) throw new InputError(`with the new blocks the catalog would not verify, so nothing was written:\n${listViolations(left)}`);
    writeFilesAtomically([
      { target: path.join(root, source.metaFile), data: metaContent },
      ...edits.map((e) => ({ target: path.join(root, e.file), data: e.content })),
    ]);
    console.log(
      [
        ...formatBlocks(blocks),
        '',
        `Changed since the blocks were recorded (${changes.length}):`,
        ...changes.map((c) => `  ${c}`),
        `Citations that moved (${moved.length}): check each still means what it did.`,
        ...moved.map((v) => `  ${v.file}: ${v.path}: ${v.message}`),
        `Citations that name a block, renamed to the block that now holds their words (${renamed.length}):`,
        ...renamed,
        `Metadata read again from the changed blocks (${rederived.changes.length}):`,
        ...rederived.changes.map((c) => `  ${c}`),
        '',
        `Recorded the new blocks in ${source.metaFile}.`,
      ].join('\n'),
    );
    return 0;
  });
}
