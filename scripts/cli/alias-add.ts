/**
 * `npm run catalog -- alias add <slug> "<alias as written>"`: adds another name of an entry
 * (a spelling or description a source uses for it, "combat UAV", "Hwasongpho-18") and cites every
 * passage of every source that uses it, so that the catalog stays complete. An occurrence the
 * curator declined earlier as not this entry becomes an exclusion of the entry.
 */
import { checkParts, draftMentions } from '../../catalog/ingest/draft-mentions';
import { setTopLevelValue } from '../../catalog/ingest/entry-json';
import { formatSourceMeta } from '../../catalog/ingest/source-skeleton';
import { ENTRIES_DIR } from '../../catalog/load';
import type { Exclusion } from '../../catalog/schema/entry';
import { findMentions } from '../../catalog/text/mentions';
import { visibleBlocks } from '../../catalog/text/reader-blocks';
import { resolveCitation } from '../../catalog/verify/resolve-citation';
import { InputError, parseCommand, projectRoot, readVerified, runCommand, withEntries, writeVerifiedChanges, type MetaEdit } from './common';
import { usageOf } from './commands';

const USAGE = usageOf('alias add');

export function runAliasAdd(args: string[]): number {
  return runCommand('alias add', () => {
    const { positionals, values } = parseCommand(args, {}, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length !== 2 || positionals[1]!.trim() === '') throw new InputError(`name the entry and the alias, exactly as a source writes it, in quotes.\n${USAGE}`, 2);
    const [slug, given] = positionals as [string, string];
    const alias = given.trim();
    const file = `${ENTRIES_DIR}/${slug}.json`;
    const { files, pending } = readVerified(root);
    const { sources, checked } = checkParts(files);
    const c = checked.find((x) => x.file === file);
    if (!c) throw new InputError(`no entry "${slug}": ${file} does not exist`);
    if ([c.entry.name, ...c.entry.aliases].includes(alias)) {
      console.log(`${file} already has "${alias}" as ${c.entry.name === alias ? 'its name' : 'an alias'}: nothing was changed.`);
      return 0;
    }
    const lower = alias.toLowerCase();
    const taken = checked.find((o) => [o.entry.name, ...o.entry.aliases].some((n) => n.toLowerCase() === lower));
    if (taken) throw new InputError(`"${alias}" is already a name of ${taken.entry.name} (${taken.file}): one name, one system`);
    if (!sources.some((s) => s.text.includes(alias))) throw new InputError(`"${alias}" occurs verbatim in no source: give it exactly as a source writes it`);

    // Occurrences declined earlier as not this entry stay not this entry, now as its exclusions.
    const exclusions: Exclusion[] = [];
    const metaEdits: MetaEdit[] = [];
    for (const source of sources) {
      const declined = (source.meta.declined ?? []).filter((d) => d.entry === slug);
      if (declined.length === 0) continue;
      const hits = findMentions(visibleBlocks(source.blocks), [alias]);
      const moved = declined.filter((d) => {
        const r = resolveCitation({ id: source.meta.id, text: source.text, blocks: source.blocks }, { source: source.meta.id, ...d });
        return r.ok && hits.some((h) => r.citation.start <= h.start && h.end <= r.citation.end);
      });
      if (moved.length === 0) continue;
      for (const d of moved) {
        exclusions.push({ source: source.meta.id, quote: d.quote, ...(d.block && { block: d.block }), ...(d.prefix && { prefix: d.prefix }), ...(d.suffix && { suffix: d.suffix }), reason: d.reason });
      }
      const rest = (source.meta.declined ?? []).filter((d) => !moved.includes(d));
      const meta = { ...source.meta };
      delete meta.declined;
      metaEdits.push({ id: source.meta.id, content: formatSourceMeta(rest.length > 0 ? { ...meta, declined: rest } : meta) });
    }
    const raw = files.entries.find((f) => f.file === file)!.content;
    let content = setTopLevelValue(raw, 'aliases', [...c.entry.aliases, alias]);
    if (exclusions.length > 0) content = setTopLevelValue(content, 'exclusions', [...((JSON.parse(raw) as { exclusions?: Exclusion[] }).exclusions ?? []), ...exclusions]);
    const withAlias = withEntries(files, [{ file, content }]);
    const { edits, drafted } = draftMentions(withAlias, sources.map((s) => s.meta.id));
    const mine = drafted.filter((d) => d.file === file);
    const final = edits.find((e) => e.file === file)?.content ?? content;
    writeVerifiedChanges(root, files, { entries: [{ file, content: final }], sources: metaEdits }, pending);
    console.log(
      [
        `Added "${alias}" to the aliases of ${c.entry.name} in ${file}, and cited ${mine.length} passage(s) that use it:`,
        ...mine.map((d) => `  mentions += ${d.citation.source} ${d.block} ${JSON.stringify(d.citation.quote)}`),
        ...exclusions.map((x) => `  exclusions += ${x.source} ${JSON.stringify(x.quote)}: declined earlier (${x.reason})`),
      ].join('\n'),
    );
    return 0;
  });
}
