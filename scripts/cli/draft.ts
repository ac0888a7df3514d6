/**
 * `npm run catalog -- draft <source-id>… [--root <dir>]`: for every passage of the given
 * sources that names a catalogued system, adds a verbatim mention citation to that entry and
 * prints what it wrote. It adds no facts; afterwards `npm run verify` passes. Citations that
 * rest on a descriptive name ("new drone") are marked for the curator to check.
 */
import path from 'node:path';
import { checkParts, draftMentions } from '../../catalog/ingest/draft-mentions';
import { suggestInCatalog } from '../../catalog/ingest/suggestions';
import { readCatalogFiles } from '../../catalog/load';
import { sourceIdSchema } from '../../catalog/schema/source';
import { verifyCatalog } from '../../catalog/verify/verify';
import { InputError, isPending, listViolations, parseCommand, projectRoot, runCommand, withEntries, writeFilesAtomically } from './common';
import { usageOf } from './commands';
import { MANY, addTo, someOf } from './report';

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
    const files = readCatalogFiles(root);
    const known = new Set(files.sources.map((s) => s.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new InputError(`no source ${unknown.map((id) => `"${id}"`).join(', ')} in catalog/sources (known: ${[...known].join(', ')})`);

    // One verification, of the catalog with the draft: it refuses what was broken before as much
    // as what the draft would break, and leaves pending only the completeness of other sources.
    const parts = checkParts(files);
    const { edits, drafted } = draftMentions(files, ids, parts);
    const after = verifyCatalog(withEntries(files, edits));
    const blocking = after.ok ? [] : after.violations.filter((v) => !isPending(v));
    if (blocking.length > 0) {
      throw new InputError(`the catalog does not verify${drafted.length > 0 ? ' with the draft, so nothing was written' : ''}; fix these first (npm run verify lists them too):\n${listViolations(blocking)}`);
    }
    const lines: string[] = [];
    if (drafted.length === 0) {
      lines.push(`Nothing to draft: every passage of ${ids.join(', ')} that names a catalogued system is already cited. No file was changed.`);
    } else {
      writeFilesAtomically(edits.map((e) => ({ target: path.join(root, e.file), data: e.content })));
      lines.push(`Drafted ${drafted.length} mention citation(s) in ${edits.length} entr${edits.length === 1 ? 'y' : 'ies'} (no facts added):`);
      const check = (d: (typeof drafted)[number]) =>
        `      rests on the descriptive name "${d.descriptive}": check that this passage means ${d.name}; if not, record an exclusion (npm run catalog -- exclude ${d.slug} …)`;
      if (drafted.length <= MANY) {
        for (const d of drafted) {
          const where = [d.citation.block && `block ${d.citation.block}`, d.citation.prefix && `after "${d.citation.prefix}"`].filter(Boolean).join(', ');
          lines.push(`  ${d.file}  mentions += ${d.citation.source} ${d.block} ${JSON.stringify(d.citation.quote)}${where ? ` (${where})` : ''}`);
          if (d.descriptive) lines.push(check(d));
        }
      } else {
        // Many: one line per entry and words, with where.
        const groups = new Map<string, typeof drafted>();
        for (const d of drafted) addTo(groups, `${d.file}|${d.citation.quote}`, d);
        for (const g of groups.values()) {
          lines.push(`  ${g[0]!.file}  mentions += ${g.length} × ${JSON.stringify(g[0]!.citation.quote)} in ${g[0]!.citation.source}: ${someOf(g.map((d) => d.block))}`);
          if (g[0]!.descriptive) lines.push(check(g[0]!));
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
