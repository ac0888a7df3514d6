/**
 * `npm run catalog -- dismiss --source <id> --quote "<words>" [--block|--prefix|--suffix] --reason "<why>"`:
 * records in the source's metadata that a candidate names no weapon system ("launcher truck"),
 * so that it is not offered again. A name of a catalogued system is not dismissed: that is what
 * `exclude <slug>` is for.
 */
import { checkParts } from '../../catalog/ingest/draft-mentions';
import { formatSourceMeta } from '../../catalog/ingest/source-skeleton';
import { sameDeclined } from '../../catalog/ingest/suggestions';
import { findNameMentions } from '../../catalog/verify/verify';
import { resolveCitation } from '../../catalog/verify/resolve-citation';
import { InputError, PICK_OPTIONS, parseCommand, pickedCitation, projectRoot, readVerified, runCommand, writeVerifiedChanges } from './common';
import { usageOf } from './commands';

const USAGE = usageOf('dismiss');

export function runDismiss(args: string[]): number {
  return runCommand('dismiss', () => {
    const { positionals, values } = parseCommand(args, { ...PICK_OPTIONS, reason: { type: 'string' } }, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length !== 0) throw new InputError(`dismiss takes no entry: it says the words name no system at all.\n${USAGE}`, 2);
    const picked = pickedCitation(values, USAGE);
    if (!values.reason?.trim()) throw new InputError(`missing --reason.\n${USAGE}`, 2);
    const { files, pending } = readVerified(root);
    const { sources, checked } = checkParts(files);
    const source = sources.find((s) => s.meta.id === picked.source);
    if (!source) throw new InputError(`no source "${picked.source}" in catalog/sources (known: ${sources.map((s) => s.meta.id).join(', ')})`);
    const { quote, block, prefix, suffix } = picked;
    const pick = { quote, ...(block && { block }), ...(prefix && { prefix }), ...(suffix && { suffix }) };
    const record = { ...pick, reason: values.reason.trim() };
    if ((source.meta.declined ?? []).some((d) => sameDeclined(d, record))) {
      console.log(`catalog/sources/${source.meta.id}.json already records this: nothing was changed.`);
      return 0;
    }
    const found = resolveCitation({ id: source.meta.id, text: source.text, blocks: source.blocks }, picked);
    if (!found.ok) throw new InputError(`${found.message} [${found.rule}]`);
    const span = found.citation;
    const named = findNameMentions([source], checked).filter((m) => m.start < span.end && span.start < m.end);
    if (named.length > 0) {
      const m = named[0]!;
      throw new InputError(`"${m.text}" in ${span.source} ${m.block} is a name of the catalogued ${m.entry}: if it is not that system here, run: npm run catalog -- exclude ${m.entry} --source ${span.source} --quote "${picked.quote}" … --reason "…"`);
    }
    const content = formatSourceMeta({ ...source.meta, declined: [...(source.meta.declined ?? []), record] });
    writeVerifiedChanges(root, files, { sources: [{ id: source.meta.id, content }] }, pending);
    console.log(`Recorded in catalog/sources/${source.meta.id}.json: "${picked.quote}" in ${span.source} ${span.block} names no weapon system (${record.reason}). It is no longer offered.`);
    return 0;
  });
}
