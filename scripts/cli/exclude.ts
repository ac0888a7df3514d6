/**
 * `npm run catalog -- exclude <slug> --source <id> --quote "<words>" [--block <id>] --reason "<why>"`:
 * records in the entry that one occurrence of its name is not this system (the quote picks the
 * occurrence, as a citation does). A mention citation of that occurrence (one `draft` wrote) is
 * removed with it; a fact, relation or difference citing it is refused.
 */
import { checkParts } from '../../catalog/ingest/draft-mentions';
import { setTopLevelValue } from '../../catalog/ingest/entry-json';
import { ENTRIES_DIR } from '../../catalog/load';
import type { Citation, Exclusion } from '../../catalog/schema/entry';
import { findMentions } from '../../catalog/text/mentions';
import { resolveCitation } from '../../catalog/verify/resolve-citation';
import { InputError, parseCommand, projectRoot, readVerified, runCommand, writeVerifiedEntries } from './common';

const USAGE = 'Usage: npm run catalog -- exclude <slug> --source <id> --quote "<words>" [--block <id>] --reason "<why>" [--root <project dir>]';

export function runExclude(args: string[]): number {
  return runCommand('exclude', () => {
    const options = { source: { type: 'string' }, quote: { type: 'string' }, block: { type: 'string' }, reason: { type: 'string' } } as const;
    const { positionals, values } = parseCommand(args, options, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length !== 1) throw new InputError(`name one entry by its slug.\n${USAGE}`, 2);
    for (const key of ['source', 'quote', 'reason'] as const) {
      if (!values[key]?.trim()) throw new InputError(`missing --${key}.\n${USAGE}`, 2);
    }
    const slug = positionals[0]!;
    const file = `${ENTRIES_DIR}/${slug}.json`;
    const exclusion: Exclusion = { source: values.source!, quote: values.quote!, ...(values.block ? { block: values.block } : {}), reason: values.reason!.trim() };

    const { files, pending } = readVerified(root);
    const { sources, checked } = checkParts(files);
    const c = checked.find((x) => x.file === file);
    if (!c) throw new InputError(`no entry "${slug}": ${file} does not exist`);
    const source = sources.find((s) => s.meta.id === exclusion.source);
    if (!source) throw new InputError(`no source "${exclusion.source}" in catalog/sources (known: ${sources.map((s) => s.meta.id).join(', ')})`);
    const same = (x: Exclusion) => x.source === exclusion.source && x.quote === exclusion.quote && x.block === exclusion.block;
    const existing = c.entry.exclusions.find(same);
    if (existing && existing.reason === exclusion.reason) {
      console.log(`${file} already records this exclusion: nothing was changed.`);
      return 0;
    }
    const found = resolveCitation({ id: source.meta.id, text: source.text, blocks: source.blocks }, exclusion);
    if (!found.ok) throw new InputError(`${found.message} [${found.rule}]`);
    const span = found.citation;
    const block = source.blocks.find((b) => b.id === span.block)!;
    const names = findMentions([block], [c.entry.name, ...c.entry.aliases]).filter((m) => span.start <= m.start && m.end <= span.end);
    if (names.length === 0) throw new InputError(`"${exclusion.quote}" holds none of the names of ${c.entry.name} (${[c.entry.name, ...c.entry.aliases].join(', ')}): there is nothing to exclude`);

    const overlaps = ([, r]: [string, { source: string; start: number; end: number }]) => r.source === span.source && r.start < span.end && span.start < r.end;
    const conflicting = [...c.resolved].filter(overlaps).filter(([p]) => !p.startsWith('mentions['));
    if (conflicting.length > 0) {
      throw new InputError(`${file} cites this occurrence at ${conflicting.map(([p]) => p).join(', ')}: remove that citation first if the passage is not about ${c.entry.name}`);
    }
    const dropped = new Set([...c.resolved].filter(overlaps).map(([p]) => Number(/^mentions\[(\d+)\]$/.exec(p)![1])));
    const raw = JSON.parse(files.entries.find((f) => f.file === file)!.content) as { mentions?: Citation[]; exclusions?: Exclusion[] };
    let content = files.entries.find((f) => f.file === file)!.content;
    if (dropped.size > 0) content = setTopLevelValue(content, 'mentions', (raw.mentions ?? []).filter((_, i) => !dropped.has(i)));
    const exclusions = [...(raw.exclusions ?? []).filter((x) => !same(x)), exclusion];
    content = setTopLevelValue(content, 'exclusions', exclusions);
    writeVerifiedEntries(root, files, [{ file, content }], pending);
    console.log(
      [
        `Recorded in ${file}: "${exclusion.quote}" in ${span.source} ${span.block} is not ${c.entry.name} (${exclusion.reason}).`,
        ...[...dropped].map((i) => `  removed mentions[${i}] "${raw.mentions![i]!.quote}", which cited that occurrence`),
        'Completeness no longer asks the entry to cite it, and the reader no longer links it to the entry. Run: npm run verify',
      ].join('\n'),
    );
    return 0;
  });
}
