/**
 * `npm run catalog -- review <source-id> [--decide]`: every suggestion for a source in one pass —
 * mentions that rest on a descriptive name, descriptions that may refer to a catalogued system,
 * variant spellings and candidate systems — each with the one command that accepts it and the
 * one that rejects it. With `--decide` it asks for each and runs the command chosen, one answer
 * per line (from the keyboard, or piped), as annotation tools take one keystroke per suggestion.
 */
import { createInterface } from 'node:readline';
import { checkParts } from '../../catalog/ingest/draft-mentions';
import { citeSpan } from '../../catalog/ingest/cite-span';
import { suggestInCatalog } from '../../catalog/ingest/suggestions';
import type { SourceRecord } from '../../catalog/schema/derived';
import { InputError, parseCommand, projectRoot, readVerified, runCommand } from './common';
import { COMMANDS, usageOf } from './commands';
import { PREFIX } from './help';

const USAGE = usageOf('review');

/** One way to settle a suggestion: the key to press, what it does, and the command it runs. */
interface Choice {
  key: string;
  label: string;
  command: string[];
  /** The command takes a reason, asked for after the key. */
  reason?: boolean;
}

/** One suggestion, with where it is and its choices. */
export interface ReviewItem {
  id: string;
  heading: string;
  details: string[];
  choices: Choice[];
}

const quoteArg = (s: string) => (/^[\w.,:/-]+$/u.test(s) ? s : `"${s.replace(/(["\\$`])/gu, '\\$1')}"`);
const commandLine = (command: string[], reason: boolean) => `${PREFIX} ${command.map(quoteArg).join(' ')}${reason ? ' --reason "<why>"' : ''}`;

/** The options that pick one occurrence, as `citeSpan` finds the shortest citation of it. */
function pickArgs(source: SourceRecord, start: number, end: number): string[] {
  const c = citeSpan({ id: source.meta.id, text: source.text, blocks: source.blocks }, start, end);
  if (!c) return ['--source', source.meta.id, '--quote', source.text.slice(start, end)];
  return ['--source', c.source, '--quote', c.quote, ...(c.block ? ['--block', c.block] : []), ...(c.prefix ? ['--prefix', c.prefix] : [])];
}

/** Every open suggestion for a source of the catalog as it stands, with its choices. */
export function reviewItems(root: string, id: string): ReviewItem[] {
  const { files } = readVerified(root);
  const { sources, checked } = checkParts(files);
  const source = sources.find((s) => s.meta.id === id);
  if (!source) throw new InputError(`no source "${id}" in catalog/sources (known: ${sources.map((s) => s.meta.id).join(', ')})`);
  const { names, references, candidates } = suggestInCatalog(sources, checked, id);
  const items: ReviewItem[] = [];
  const seenNames = new Set<string>();
  for (const n of names.filter((x) => x.descriptive)) {
    const pick = pickArgs(source, n.start, n.end);
    const key = `${n.entry}|${pick.join(' ')}`;
    if (seenNames.has(key)) continue;
    seenNames.add(key);
    items.push({
      id: `name:${n.entry}:${n.start}`,
      heading: `"${n.text}" in ${n.block}: a mention of ${n.name} [${n.entry}] that rests on the descriptive name "${n.descriptive}"`,
      details: [`  ${firstWords(source, n.block)}`],
      choices: [
        { key: 'k', label: `keep: it is ${n.name}`, command: [] },
        { key: 'x', label: `exclude: it is not ${n.name}`, command: ['exclude', n.entry, ...pick], reason: true },
      ],
    });
  }
  for (const r of references) {
    const pick = pickArgs(source, r.quote.start, r.end);
    const many = r.offers.length > 1;
    items.push({
      id: `reference:${r.start}`,
      heading: `"${r.quote.text}" in ${r.block}: possibly ${r.offers.map((o) => `${o.name} [${o.slug}]`).join(' or ')}`,
      details: [
        `  ${firstWords(source, r.block)}`,
        ...r.offers.map(
          (o) =>
            `  ${o.slug}: ${o.ties.join('; ')}; ${o.refersTo !== undefined ? `it would point back to "${o.refersTo}"` : `but neither this passage before it nor the one before names ${o.name}, so it cannot be cited as it here`}`,
        ),
      ],
      choices: r.offers.flatMap((o, i) => {
        const n = many ? String(i + 1) : '';
        return [
          ...(o.refersTo !== undefined ? [{ key: `m${n}`, label: `mention: this passage refers to ${o.name}`, command: ['mention', 'add', o.slug, ...pick, '--refers-to', o.refersTo] }] : []),
          { key: `x${n}`, label: `exclude: it is not ${o.name}`, command: ['exclude', o.slug, ...pick], reason: true },
        ];
      }),
    });
  }
  for (const c of candidates) {
    const first = c.occurrences[0]!;
    const pick = pickArgs(source, first.start, first.end);
    const variants = c.relations.filter((r) => r.kind === 'variant' || r.kind === 'same-designation');
    items.push({
      id: `candidate:${c.text.toLowerCase()}`,
      heading: `"${c.text}" (${c.kind}) in ${[...new Set(c.occurrences.map((o) => o.block))].join(', ')}: ${c.relations.length > 0 ? c.relations.map((r) => `${r.name}: ${r.why}`).join('; ') : 'no catalogued system is like it'}`,
      details: [`  ${firstWords(source, first.block)}`],
      choices: [
        { key: 'n', label: 'new entry: a system the catalog does not have', command: ['new-entry', c.text, '--source', id] },
        ...variants.map((v, i) => ({ key: variants.length > 1 ? `a${i + 1}` : 'a', label: `alias: another name of ${v.name}`, command: ['alias', 'add', v.slug, c.text] })),
        { key: 'd', label: 'dismiss: it names no weapon system', command: ['dismiss', ...pick], reason: true },
      ],
    });
  }
  return items;
}

function firstWords(source: SourceRecord, blockId: string): string {
  const text = source.blocks.find((b) => b.id === blockId)!.text.replace(/\s+/gu, ' ');
  return `${blockId}: "${text.length > 110 ? `${text.slice(0, 109)}…` : text}"`;
}

/** The list without --decide: each suggestion with the commands that settle it. */
function printItems(id: string, items: readonly ReviewItem[]): void {
  const lines = [`${items.length} suggestion(s) to review in ${id}:`];
  items.forEach((item, i) => {
    lines.push('', `${i + 1}. ${item.heading}`, ...item.details);
    for (const c of item.choices.filter((x) => x.command.length > 0)) lines.push(`     ${c.label}:`, `       ${commandLine(c.command, c.reason === true)}`);
  });
  lines.push('', `Or go through them one key each: ${PREFIX} review ${id} --decide`);
  console.log(lines.join('\n'));
}

/** Runs one command of the catalog in this process, as `npm run catalog -- …` would. */
async function runCatalogCommand(command: string[], root: string): Promise<number> {
  const entry = COMMANDS.find((c) => c.name === `${command[0]} ${command[1]}`) ?? COMMANDS.find((c) => c.name === command[0])!;
  const run = await entry.load();
  return run([...command.slice(entry.name.split(' ').length), '--root', root]);
}

/** Asks for each suggestion in turn, runs what the curator chose, and says what is left. */
async function decide(root: string, id: string): Promise<number> {
  const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | undefined> => {
    process.stdout.write(prompt);
    const next = await lines.next();
    if (next.done) return undefined;
    if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
    return next.value.trim();
  };
  const done = new Set<string>();
  // Only what was open when the review began: a suggestion a decision gives rise to (a mention an
  // alias just cited) is the curator's own, and waits for the next review.
  const open = new Set(reviewItems(root, id).map((x) => x.id));
  let decided = 0;
  let failed = 0;
  for (;;) {
    const item = reviewItems(root, id).find((x) => open.has(x.id) && !done.has(x.id));
    if (!item) break;
    done.add(item.id);
    const keys = [...item.choices.map((c) => c.key), 's'];
    console.log(`\n${item.heading}\n${item.details.join('\n')}`);
    for (const c of item.choices) console.log(`  [${c.key}] ${c.label}`);
    console.log('  [s] skip for now');
    let answer = await ask(`${keys.join('/')}? `);
    while (answer !== undefined && !keys.includes(answer)) answer = await ask(`Answer one of ${keys.join(', ')}: `);
    if (answer === undefined) break;
    const choice = item.choices.find((c) => c.key === answer);
    if (!choice || choice.command.length === 0) continue;
    const command = [...choice.command];
    if (choice.reason) {
      let reason = await ask('Reason (in your words): ');
      while (reason !== undefined && reason === '') reason = await ask('A reason is needed: ');
      if (reason === undefined) break;
      command.push('--reason', reason);
    }
    const code = await runCatalogCommand(command, root);
    if (code === 0) decided++;
    else failed++;
  }
  const left = reviewItems(root, id).length;
  console.log(`\nReviewed ${id}: ${decided} decision(s) written${failed > 0 ? `, ${failed} refused (see above)` : ''}; ${left} suggestion(s) left open. Run: npm run verify`);
  return failed > 0 ? 1 : 0;
}

export function runReview(args: string[]): number | Promise<number> {
  let pending: Promise<number> | undefined;
  const code = runCommand('review', () => {
    const { positionals, values } = parseCommand(args, { decide: { type: 'boolean' } }, USAGE);
    const root = projectRoot(values.root);
    if (positionals.length !== 1) throw new InputError(`name one source.\n${USAGE}`, 2);
    const id = positionals[0]!;
    const items = reviewItems(root, id);
    if (!values.decide) {
      printItems(id, items);
      return 0;
    }
    pending = decide(root, id);
    return 0;
  });
  return pending ?? code;
}
