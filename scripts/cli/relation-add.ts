/**
 * `npm run catalog -- relation add <slug> <type> <target> --source <id> --quote "<words>" [--yes]`:
 * a relation between two entries from a quote that establishes it ("152-millimeter artillery
 * shells" is a kind of the artillery shells), with the certainty, polarity and speaker the
 * passage gives it, read as the verifier reads them. A "kind of" relation is how a general entry
 * gets a passage that names a more specific system. Verified before anything is written;
 * without --yes nothing is written at all.
 */
import { citeSpan } from '../../catalog/ingest/cite-span';
import { setTopLevelValue } from '../../catalog/ingest/entry-json';
import { namesAround, readStatement, readSubject } from '../../catalog/ingest/read-statement';
import { RELATION_LABELS } from '../../catalog/labels';
import { findMentions } from '../../catalog/text/mentions';
import { ENTRIES_DIR } from '../../catalog/load';
import { relationSchema, type Relation } from '../../catalog/schema/entry';
import { verifyCatalog } from '../../catalog/verify/verify';
import { InputError, PICK_OPTIONS, listViolations, newViolations, overridableOnly, parseCommand, pickedCitation, projectRoot, runCommand, withEntries, writeVerifiedEntries } from './common';
import { entryAndPassage, factualityJson } from './entry-passage';
import { usageOf } from './commands';

const USAGE = usageOf('relation add');

/** The relation as an entry file writes it: defaults left out. */
function relationJson(r: Relation): Record<string, unknown> {
  return {
    type: r.type,
    target: r.target,
    subject: r.subject,
    ...(r.refersTo !== undefined && { refersTo: r.refersTo }),
    targetWords: r.targetWords,
    ...factualityJson(r),
    citation: r.citation,
  };
}

export function runRelationAdd(args: string[]): number {
  return runCommand('relation add', () => {
    const { positionals, values } = parseCommand(
      args,
      { ...PICK_OPTIONS, subject: { type: 'string' }, 'refers-to': { type: 'string' }, 'target-words': { type: 'string' }, because: { type: 'string' }, yes: { type: 'boolean' } },
      USAGE,
    );
    const root = projectRoot(values.root);
    const types = Object.keys(RELATION_LABELS);
    if (positionals.length !== 3) throw new InputError(`name the entry, the type of relation (${types.join(', ')}) and the target entry.\n${USAGE}`, 2);
    const [slug, type, target] = positionals as [string, string, string];
    if (!types.includes(type)) throw new InputError(`unknown relation "${type}": one of ${types.join(', ')}`, 2);
    const picked = pickedCitation(values, USAGE);
    const { file, files, pending, checked, c, source, text, span, block } = entryAndPassage(root, slug, picked);
    if (!checked.some((x) => x.entry.slug === target)) throw new InputError(`no entry "${target}": ${ENTRIES_DIR}/${target}.json does not exist`);
    if (c.entry.relations.some((r) => r.type === type && r.target === target && r.citation.quote === span.quote)) {
      console.log(`${file} already records this relation: nothing was changed.`);
      return 0;
    }
    const quoteSpan = { start: span.start - block.start, end: span.end - block.start };
    const reading = readStatement(block.text, quoteSpan);
    // The target's words: where the quote names the target entry.
    const targetEntry = checked.find((x) => x.entry.slug === target)!.entry;
    // Inside the quote the target's name counts even after a designation: the relation is what says so.
    const targetNames = findMentions([block], [targetEntry.name, ...targetEntry.aliases], { keepInside: [{ start: span.start, end: span.end }] })
      .map((m) => ({ start: m.start - block.start, end: m.end - block.start, text: m.text }))
      .filter((n) => quoteSpan.start <= n.start && n.end <= quoteSpan.end);
    const targetWords = values['target-words'] ?? targetNames[0]?.text;
    if (targetWords === undefined) throw new InputError(`the quote does not name ${targetEntry.name}: give --target-words, the words of the quote that name it`, 2);
    // The subject: this entry's name in the quote, or the phrase that points back to it, before the target's words.
    const targetAt = targetNames[0]?.start ?? quoteSpan.end;
    const read = readSubject(block.text, quoteSpan, { start: targetAt, end: targetAt }, namesAround(source, block, [c.entry.name, ...c.entry.aliases]));
    const subject = values.subject ?? read.subject;
    if (subject === undefined) throw new InputError(`${read.why.replace(/^subject: /u, '')}.\n${USAGE}`, 2);
    const refersTo = values['refers-to'] ?? (values.subject !== undefined ? undefined : read.refersTo);
    const relation = relationSchema.parse({
      type,
      target,
      subject,
      ...(refersTo !== undefined && { refersTo }),
      targetWords,
      citation: citeSpan(text, span.start, span.end) ?? picked,
      certainty: reading.certainty,
      polarity: reading.polarity,
      cues: reading.cues,
      speaker: reading.speaker,
    });
    const raw = files.entries.find((f) => f.file === file)!.content;
    const relations = (JSON.parse(raw) as { relations?: unknown[] }).relations ?? [];
    let content = setTopLevelValue(raw, 'relations', [...relations, relationJson(relation)]);
    const lines = [
      `Read from ${span.source} ${span.block}, for relations[${relations.length}] of ${file} ("${c.entry.name} ${RELATION_LABELS[type as keyof typeof RELATION_LABELS]} ${target}"):`,
      `  ${values.subject !== undefined ? `subject: "${subject}", as you gave it` : read.why}`,
      `  target's words: "${targetWords}"`,
      ...reading.why.map((w) => `  ${w}`),
      '',
      ...JSON.stringify(relationJson(relation), null, 2).split('\n').map((l) => `  ${l}`),
      '',
    ];
    let broken = newViolations(verifyCatalog(withEntries(files, [{ file, content }])), pending);
    // Where only a meaning rule the engine cannot judge stands in the way, the curator's reading may set it aside.
    const path = `relations[${relations.length}]`;
    const overridable = overridableOnly(broken, file, path);
    if (overridable.length > 0 && values.because) {
      relation.overrides = overridable.map((rule) => ({ rule, reason: values.because! }));
      content = setTopLevelValue(raw, 'relations', [...relations, relationJson(relation)]);
      broken = newViolations(verifyCatalog(withEntries(files, [{ file, content }])), pending);
      lines.push(`  your reading sets aside ${overridable.join(', ')}: "${values.because}" (shown to readers)`, '');
    }
    if (broken.length > 0) {
      const hint = overridableOnly(broken, file, path).length > 0 && !values.because
        ? '\nOnly a meaning rule the engine cannot judge stands in the way: if you read the passage so, run again with --because "<your reading, in the passage\'s words>" (shown to readers as the catalog\'s reading).'
        : '';
      throw new InputError(`${lines.join('\n')}The catalog would not verify with this relation, so nothing was written:\n${listViolations(broken)}${hint}`);
    }
    if (!values.yes) {
      console.log([...lines, 'It verifies. Nothing was written: run the same command with --yes to write it.'].join('\n'));
      return 0;
    }
    writeVerifiedEntries(root, files, [{ file, content }], pending);
    console.log([...lines, `Wrote relations[${relations.length}] to ${file}.${type === 'kind-of' ? ` ${target} now counts its name in that passage as a mention.` : ''} Run: npm run verify`].join('\n'));
    return 0;
  });
}
