/**
 * `npm run catalog -- later-version <source-id> --of <earlier-id> [--quote "<words>"]`: records
 * that a source is a later version of another (a wire story's update), so that the reader of
 * each says so. The quote, the words of the later text that mark it as an update, is found by
 * itself when the text has a wire service's editing note or headline mark.
 */
import path from 'node:path';
import { formatSourceMeta } from '../../catalog/ingest/source-skeleton';
import { findVersionMark } from '../../catalog/ingest/version-mark';
import { SOURCES_DIR } from '../../catalog/load';
import { sourceMetaSchema } from '../../catalog/schema/source';
import { segmentText } from '../../catalog/text/segment';
import { verifyCatalog } from '../../catalog/verify/verify';
import { decodeUtf8 } from '../../catalog/verify/verify-sources';
import { InputError, listViolations, newViolations, parseCommand, projectRoot, readVerified, runCommand, writeFilesAtomically } from './common';
import { usageOf } from './commands';

const USAGE = usageOf('later-version');

export function runLaterVersion(args: string[]): number {
  return runCommand('later-version', () => {
    const { positionals, values } = parseCommand(args, { of: { type: 'string' }, quote: { type: 'string' } }, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length !== 1) throw new InputError(`name the later source.\n${USAGE}`, 2);
    if (!values.of) throw new InputError(`missing --of: the source this one is a later version of.\n${USAGE}`, 2);
    const id = positionals[0]!;
    const { files, pending } = readVerified(root);
    const source = files.sources.find((s) => s.id === id);
    const known = files.sources.map((s) => s.id).join(', ');
    if (!source?.metaContent || !source.textBytes) throw new InputError(`no source "${id}" in ${SOURCES_DIR} (known: ${known})`);
    if (!files.sources.some((s) => s.id === values.of)) throw new InputError(`no source "${values.of}" in ${SOURCES_DIR} (known: ${known})`);
    const meta = sourceMetaSchema.parse(JSON.parse(source.metaContent));
    const text = decodeUtf8(source.textBytes)!;
    const quote = values.quote ?? findVersionMark(segmentText(text, meta.blockRules));
    const laterVersionOf = { source: values.of, ...(quote !== undefined && { quote }) };
    if (JSON.stringify(meta.laterVersionOf) === JSON.stringify(laterVersionOf)) {
      console.log(`${source.metaFile} already records this: nothing was changed.`);
      return 0;
    }
    const metaContent = formatSourceMeta({ ...meta, laterVersionOf });
    const after = verifyCatalog({ ...files, sources: files.sources.map((s) => (s.id === id ? { ...s, metaContent } : s)) });
    const blocking = newViolations(after, pending);
    if (blocking.length > 0) throw new InputError(`the catalog would not verify after this change, so nothing was written:\n${listViolations(blocking)}`);
    writeFilesAtomically([{ target: path.join(root, source.metaFile), data: metaContent }]);
    console.log(
      `Recorded in ${source.metaFile}: ${id} is a later version of ${values.of}${quote ? `, as "${quote}" marks it` : ''}. The reader of each says so.`,
    );
    return 0;
  });
}
