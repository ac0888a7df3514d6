/**
 * `npm run catalog -- exclude <slug> --source <id> --quote "<words>" [--block|--prefix|--suffix] --reason "<why>"`:
 * records that one occurrence is not this system (the quote picks it, as a citation does). An
 * occurrence of the entry's name is recorded in the entry: a mention citation of it (one `draft`
 * wrote) is removed with it, and a fact, relation or difference citing it is refused. A
 * description suggested as a possible mention of the entry ("combat UAV") is recorded as declined
 * in the source's metadata, so that it is not suggested again.
 */
import { checkParts, draftMentions } from '../../catalog/ingest/draft-mentions';
import { setTopLevelValue } from '../../catalog/ingest/entry-json';
import type { Citation, Exclusion } from '../../catalog/schema/entry';
import { findMentions } from '../../catalog/text/mentions';
import { sameDeclined, suggestInCatalog } from '../../catalog/ingest/suggestions';
import { formatSourceMeta } from '../../catalog/ingest/source-skeleton';
import type { ResolvedCitation } from '../../catalog/schema/derived';
import type { CheckedEntry } from '../../catalog/verify/verify-entries';
import type { CatalogFiles } from '../../catalog/verify/verify';
import type { Violation } from '../../catalog/verify/violations';
import { InputError, PICK_OPTIONS, parseCommand, pickedCitation, projectRoot, runCommand, withEntries, writeVerifiedChanges, writeVerifiedEntries } from './common';
import { usageOf } from './commands';
import { entryAndPassage } from './entry-passage';

const USAGE = usageOf('exclude');

export function runExclude(args: string[]): number {
  return runCommand('exclude', () => {
    const { positionals, values } = parseCommand(args, { ...PICK_OPTIONS, reason: { type: 'string' } }, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length !== 1) throw new InputError(`name one entry by its slug.\n${USAGE}`, 2);
    const picked = pickedCitation(values, USAGE);
    if (!values.reason?.trim()) throw new InputError(`missing --reason.\n${USAGE}`, 2);
    const exclusion: Exclusion = { ...picked, reason: values.reason.trim() };
    const { file, files, pending, sources, checked, c, span, block } = entryAndPassage(root, positionals[0]!, exclusion);
    const same = (x: Exclusion) =>
      x.source === exclusion.source && x.quote === exclusion.quote && x.block === exclusion.block && x.prefix === exclusion.prefix && x.suffix === exclusion.suffix;
    const existing = c.entry.exclusions.find(same);
    if (existing && existing.reason === exclusion.reason) {
      console.log(`${file} already records this exclusion: nothing was changed.`);
      return 0;
    }
    const names = findMentions([block], [c.entry.name, ...c.entry.aliases]).filter((m) => span.start <= m.start && m.end <= span.end);
    if (names.length === 0) return declineReference(root, files, pending, { sources, checked }, c, span, exclusion);

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
    // A dropped citation may have stood for another occurrence of the name in its block: cite that one again.
    const redraft = dropped.size > 0 ? draftMentions(withEntries(files, [{ file, content }]), [span.source]) : undefined;
    const recited = redraft?.drafted.filter((d) => d.file === file) ?? [];
    content = redraft?.edits.find((e) => e.file === file)?.content ?? content;
    writeVerifiedEntries(root, files, [{ file, content }], pending);
    console.log(
      [
        `Recorded in ${file}: "${exclusion.quote}" in ${span.source} ${span.block} is not ${c.entry.name} (${exclusion.reason}).`,
        ...[...dropped].map((i) => `  removed mentions[${i}] "${raw.mentions![i]!.quote}", which cited that occurrence`),
        ...recited.map((d) => `  cited again the other occurrence in ${d.block}: mentions += ${JSON.stringify(d.citation.quote)}${d.citation.prefix ? ` after "${d.citation.prefix}"` : ''}`),
        'Completeness no longer asks the entry to cite it, and the reader no longer links it to the entry. Run: npm run verify',
      ].join('\n'),
    );
    return 0;
  });
}

/**
 * Records that a description suggested as a possible mention of the entry is not it: in the
 * source's metadata, as declined for that entry. Refuses words that are neither a name of the
 * entry nor suggested as one: there is nothing to exclude.
 */
function declineReference(
  root: string,
  files: CatalogFiles,
  pending: readonly Violation[],
  parts: ReturnType<typeof checkParts>,
  c: CheckedEntry,
  span: ResolvedCitation,
  exclusion: Exclusion,
): number {
  const source = parts.sources.find((s) => s.meta.id === span.source)!;
  const { quote, block, prefix, suffix, reason } = exclusion;
  const pick = { quote, ...(block && { block }), ...(prefix && { prefix }), ...(suffix && { suffix }), reason };
  const record = { ...pick, entry: c.entry.slug };
  if ((source.meta.declined ?? []).some((d) => sameDeclined(d, record))) {
    console.log(`catalog/sources/${source.meta.id}.json already records this: nothing was changed.`);
    return 0;
  }
  const { references } = suggestInCatalog(parts.sources, parts.checked, span.source);
  const offered = references.some((r) => r.start < span.end && span.start < r.end && r.offers.some((o) => o.slug === c.entry.slug));
  if (!offered) {
    throw new InputError(
      `"${exclusion.quote}" holds none of the names of ${c.entry.name} (${[c.entry.name, ...c.entry.aliases].join(', ')}), and it is not suggested as a mention of it: there is nothing to exclude`,
    );
  }
  const declined = [...(source.meta.declined ?? []), record];
  const content = formatSourceMeta({ ...source.meta, declined });
  writeVerifiedChanges(root, files, { sources: [{ id: source.meta.id, content }] }, pending);
  console.log(
    [
      `Recorded in catalog/sources/${source.meta.id}.json: "${exclusion.quote}" in ${span.source} ${span.block} is not ${c.entry.name} (${exclusion.reason}).`,
      'It is no longer suggested as a mention of it.',
    ].join('\n'),
  );
  return 0;
}
