/**
 * `npm run catalog -- resegment <source-id> [--root <dir>]`: after the segmenter or a source's
 * block rules changed on purpose, prints the source's blocks, what changed since they were
 * recorded and which citations moved, and records the new blocks in the source's metadata.
 * It refuses when the new blocks would leave the catalog failing for another reason.
 */
import path from 'node:path';
import { formatSourceMeta } from '../../catalog/ingest/source-skeleton';
import { SOURCES_DIR } from '../../catalog/load';
import { sourceMetaSchema } from '../../catalog/schema/source';
import { explainBlocks } from '../../catalog/text/segment';
import { diffBlocks, parseRecordedBlock, recordBlocks } from '../../catalog/verify/recorded-blocks';
import { verifyCatalog } from '../../catalog/verify/verify';
import { decodeUtf8 } from '../../catalog/verify/verify-sources';
import { InputError, listViolations, parseCommand, projectRoot, readVerified, runCommand, writeFilesAtomically } from './common';
import { formatBlocks } from './report';

const USAGE = 'Usage: npm run catalog -- resegment <source-id> [--root <project dir>]';
const MOVES = new Set(['blocks-changed', 'block-moved']);

export function runResegment(args: string[]): number {
  return runCommand('resegment', () => {
    const { positionals, values } = parseCommand(args, {}, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length !== 1) throw new InputError(`name one source.\n${USAGE}`, 2);
    const id = positionals[0]!;
    const { files, result } = readVerified(root, (v) => MOVES.has(v.rule));
    const source = files.sources.find((s) => s.id === id);
    if (!source?.metaContent || !source.textBytes) throw new InputError(`no source "${id}" in ${SOURCES_DIR} (known: ${files.sources.map((s) => s.id).join(', ')})`);

    const meta = sourceMetaSchema.parse(JSON.parse(source.metaContent));
    const { blocks } = explainBlocks(decodeUtf8(source.textBytes)!, meta.blockRules);
    const recorded = recordBlocks(blocks);
    if (JSON.stringify(recorded) === JSON.stringify(meta.recordedBlocks)) {
      console.log(`${source.metaFile} already records these blocks: nothing was changed.`);
      return 0;
    }
    const changes = diffBlocks((meta.recordedBlocks ?? []).map(parseRecordedBlock), blocks);
    const moved = result.ok ? [] : result.violations.filter((v) => v.rule === 'block-moved' && v.message.includes(` in ${id} `));
    const metaContent = formatSourceMeta({ ...meta, recordedBlocks: recorded });
    const after = verifyCatalog({ ...files, sources: files.sources.map((s) => (s.id === id ? { ...s, metaContent } : s)) });
    // Moves in other sources were there before and are theirs to record; anything else is new.
    const left = after.ok ? [] : after.violations.filter((v) => !MOVES.has(v.rule));
    if (left.length > 0) throw new InputError(`with the new blocks the catalog would not verify, so nothing was written:\n${listViolations(left)}`);
    writeFilesAtomically([{ target: path.join(root, source.metaFile), data: metaContent }]);
    console.log(
      [
        ...formatBlocks(blocks),
        '',
        `Changed since the blocks were recorded (${changes.length}):`,
        ...changes.map((c) => `  ${c}`),
        `Citations that moved (${moved.length}): check each still means what it did.`,
        ...moved.map((v) => `  ${v.file}: ${v.path}: ${v.message}`),
        '',
        `Recorded the new blocks in ${source.metaFile}.`,
      ].join('\n'),
    );
    return 0;
  });
}
