/**
 * `npm run catalog -- relation add <slug> <type> <target> --source <id> --quote "<words>" [--yes]`:
 * a relation between two entries from a quote that establishes it ("152-millimeter artillery
 * shells" is a kind of the artillery shells), with the certainty, polarity and speaker the
 * passage gives it, read as the verifier reads them. A "kind of" relation is how a general entry
 * gets a passage that names a more specific system. Verified before anything is written;
 * without --yes nothing is written at all.
 */
import { checkParts } from '../../catalog/ingest/draft-mentions';
import { citeSpan } from '../../catalog/ingest/cite-span';
import { setTopLevelValue } from '../../catalog/ingest/entry-json';
import { readStatement } from '../../catalog/ingest/read-statement';
import { RELATION_LABELS } from '../../catalog/labels';
import { ENTRIES_DIR } from '../../catalog/load';
import { relationSchema, type Relation } from '../../catalog/schema/entry';
import { resolveCitation } from '../../catalog/verify/resolve-citation';
import { verifyCatalog } from '../../catalog/verify/verify';
import { InputError, PICK_OPTIONS, listViolations, newViolations, parseCommand, pickedCitation, projectRoot, readVerified, runCommand, withEntries, writeVerifiedEntries } from './common';
import { usageOf } from './commands';

const USAGE = usageOf('relation add');

/** The relation as an entry file writes it: defaults left out. */
function relationJson(r: Relation): Record<string, unknown> {
  return {
    type: r.type,
    target: r.target,
    ...(r.certainty !== 'certain' && { certainty: r.certainty }),
    ...(r.polarity !== 'positive' && { polarity: r.polarity }),
    ...(r.cues.length > 0 && { cues: r.cues }),
    ...(r.speaker.length > 0 && { speaker: r.speaker }),
    citation: r.citation,
  };
}

export function runRelationAdd(args: string[]): number {
  return runCommand('relation add', () => {
    const { positionals, values } = parseCommand(args, { ...PICK_OPTIONS, yes: { type: 'boolean' } }, USAGE);
    const root = projectRoot(values.root);
    const types = Object.keys(RELATION_LABELS);
    if (positionals.length !== 3) throw new InputError(`name the entry, the type of relation (${types.join(', ')}) and the target entry.\n${USAGE}`, 2);
    const [slug, type, target] = positionals as [string, string, string];
    if (!types.includes(type)) throw new InputError(`unknown relation "${type}": one of ${types.join(', ')}`, 2);
    const picked = pickedCitation(values, USAGE);
    const file = `${ENTRIES_DIR}/${slug}.json`;
    const { files, pending } = readVerified(root);
    const { sources, checked } = checkParts(files);
    const c = checked.find((x) => x.file === file);
    if (!c) throw new InputError(`no entry "${slug}": ${file} does not exist`);
    if (!checked.some((x) => x.entry.slug === target)) throw new InputError(`no entry "${target}": ${ENTRIES_DIR}/${target}.json does not exist`);
    const source = sources.find((s) => s.meta.id === picked.source);
    if (!source) throw new InputError(`no source "${picked.source}" in catalog/sources (known: ${sources.map((s) => s.meta.id).join(', ')})`);
    const text = { id: source.meta.id, text: source.text, blocks: source.blocks };
    const found = resolveCitation(text, picked);
    if (!found.ok) throw new InputError(`${found.message} [${found.rule}]`);
    const span = found.citation;
    if (c.entry.relations.some((r) => r.type === type && r.target === target && r.citation.quote === span.quote)) {
      console.log(`${file} already records this relation: nothing was changed.`);
      return 0;
    }
    const block = source.blocks.find((b) => b.id === span.block)!;
    const reading = readStatement(block.text, { start: span.start - block.start, end: span.end - block.start });
    const relation = relationSchema.parse({ type, target, citation: citeSpan(text, span.start, span.end) ?? picked, certainty: reading.certainty, polarity: reading.polarity, cues: reading.cues, speaker: reading.speaker });
    const raw = files.entries.find((f) => f.file === file)!.content;
    const relations = (JSON.parse(raw) as { relations?: unknown[] }).relations ?? [];
    const content = setTopLevelValue(raw, 'relations', [...relations, relationJson(relation)]);
    const lines = [
      `Read from ${span.source} ${span.block}, for relations[${relations.length}] of ${file} ("${c.entry.name} ${RELATION_LABELS[type as keyof typeof RELATION_LABELS]} ${target}"):`,
      ...reading.why.map((w) => `  ${w}`),
      '',
      ...JSON.stringify(relationJson(relation), null, 2).split('\n').map((l) => `  ${l}`),
      '',
    ];
    const broken = newViolations(verifyCatalog(withEntries(files, [{ file, content }])), pending);
    if (broken.length > 0) throw new InputError(`${lines.join('\n')}The catalog would not verify with this relation, so nothing was written:\n${listViolations(broken)}`);
    if (!values.yes) {
      console.log([...lines, 'It verifies. Nothing was written: run the same command with --yes to write it.'].join('\n'));
      return 0;
    }
    writeVerifiedEntries(root, files, [{ file, content }], pending);
    console.log([...lines, `Wrote relations[${relations.length}] to ${file}.${type === 'kind-of' ? ` ${target} now counts its name in that passage as a mention.` : ''} Run: npm run verify`].join('\n'));
    return 0;
  });
}
