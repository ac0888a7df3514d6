/**
 * `npm run catalog -- draft <source-id>… [--root <dir>]`: for every passage of the given
 * sources that names a catalogued system, adds a verbatim mention citation to that entry and
 * prints what it wrote. It adds no facts; afterwards `npm run verify` passes. Citations that
 * rest on a descriptive name ("new drone") are marked for the curator to check.
 */
import { checkParts, draftMentions } from '../../catalog/ingest/draft-mentions';
import { suggestInCatalog } from '../../catalog/ingest/suggestions';
import { readCatalogFiles } from '../../catalog/load';
import { sourceIdSchema } from '../../catalog/schema/source';
import { InputError, parseCommand, projectRoot, readVerified, runCommand, writeVerifiedEntries } from './common';
import { usageOf } from './commands';

const USAGE = usageOf('draft');

export function runDraft(args: string[]): number {
  return runCommand('draft', () => {
    const { positionals, values } = parseCommand(args, {}, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length === 0) throw new InputError(`name at least one source, e.g. draft article-005.\n${USAGE}`, 2);
    for (const id of positionals) {
      const parsed = sourceIdSchema.safeParse(id);
      if (!parsed.success) throw new InputError(`invalid source id "${id}": ${parsed.error.issues[0]!.message}`);
    }
    const ids = [...new Set(positionals)];
    const known = new Set(readCatalogFiles(root).sources.map((s) => s.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new InputError(`no source ${unknown.map((id) => `"${id}"`).join(', ')} in catalog/sources (known: ${[...known].join(', ')})`);
    const { files, pending } = readVerified(root);

    const parts = checkParts(files);
    const { edits, drafted } = draftMentions(files, ids, parts);
    const lines: string[] = [];
    if (drafted.length === 0) {
      lines.push(`Nothing to draft: every passage of ${ids.join(', ')} that names a catalogued system is already cited. No file was changed.`);
    } else {
      writeVerifiedEntries(root, files, edits, pending);
      lines.push(`Drafted ${drafted.length} mention citation(s) in ${edits.length} entr${edits.length === 1 ? 'y' : 'ies'} (no facts added):`);
      for (const d of drafted) {
        const where = [d.citation.block && `block ${d.citation.block}`, d.citation.prefix && `after "${d.citation.prefix}"`].filter(Boolean).join(', ');
        lines.push(`  ${d.file}  mentions += ${d.citation.source} ${d.block} ${JSON.stringify(d.citation.quote)}${where ? ` (${where})` : ''}`);
        if (d.descriptive) {
          lines.push(`      rests on the descriptive name "${d.descriptive}": check that this passage means ${d.name}; if not, record an exclusion (npm run catalog -- exclude ${d.slug} …)`);
        }
      }
    }
    // The drafted citations are of names, which the suggestions read as names already: the parts
    // checked before the draft give the same suggestions, without reading the catalog again.
    const suggested = ids.map((id) => ({ id, s: suggestInCatalog(parts.sources, parts.checked, id) }));
    const variants = suggested.flatMap(({ id, s }) =>
      s.candidates.flatMap((c) => c.relations.filter((r) => r.kind === 'variant').map((r) => ({ text: c.text, source: id, block: c.occurrences[0]!.block, why: r.why, slug: r.slug }))),
    );
    if (variants.length > 0) {
      lines.push('', 'Variant spellings, not cited (add one as an alias if it is the same system: npm run catalog -- alias add <slug> "<spelling>"):');
      for (const v of variants) lines.push(`  "${v.text}" in ${v.source} ${v.block}: ${v.why} [${v.slug}]`);
    }
    lines.push('', 'Left for you to review (each with the command that accepts it and the one that rejects it):');
    for (const { id, s } of suggested) {
      const check = s.names.filter((n) => n.descriptive).length;
      lines.push(
        `  ${id}: ${check} mention(s) resting on a descriptive name, ${s.references.length} description(s) that may refer to a catalogued system, ${s.candidates.length} candidate system(s): npm run catalog -- review ${id}`,
      );
    }
    lines.push('', drafted.length === 0 ? 'Run: npm run verify' : 'Next: npm run verify, then the review; add facts with fact add.');
    console.log(lines.join('\n'));
    return 0;
  });
}
