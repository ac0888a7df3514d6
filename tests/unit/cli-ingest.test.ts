import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readCatalogFiles } from '../../catalog/load';
import { verifyCatalog } from '../../catalog/verify/verify';
import { COMMANDS } from '../../scripts/cli/commands';

// A curator's work on new articles, on a temporary copy of the real catalog: wire copy and its
// update, a translated report, descriptions of catalogued systems accepted as mentions, a list
// of calibres turned into an entry, exclusions by block, prefix and in a caption printed twice.
// Commands run in this process, through the same table the command line dispatches from.
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/articles');
let dir: string;
let root: string;

/** Runs a command as `npm run catalog -- …` would, in this process; returns its exit code and what it printed. */
async function catalog(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const two = args.slice(0, 2).join(' ');
  const command = COMMANDS.find((c) => c.name === two) ?? COMMANDS.find((c) => c.name === args[0]);
  assert.ok(command, `no command ${args[0]}`);
  const rest = args.slice(command.name.split(' ').length);
  const out: string[] = [];
  const err: string[] = [];
  const { log, error } = console;
  console.log = (...a: unknown[]) => void out.push(a.join(' '));
  console.error = (...a: unknown[]) => void err.push(a.join(' '));
  try {
    const code = await (await command.load())([...rest, '--root', root]);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

async function ok(...args: string[]): Promise<string> {
  const r = await catalog(...args);
  assert.equal(r.code, 0, `${args.join(' ')}:\n${r.err}`);
  return r.out;
}

const violations = () => {
  const r = verifyCatalog(readCatalogFiles(root));
  return r.ok ? [] : r.violations.map((v) => `${v.rule} ${v.file} ${v.path} ${v.message}`);
};
const entry = (slug: string) => JSON.parse(fs.readFileSync(path.join(root, 'catalog/entries', `${slug}.json`), 'utf8'));
const meta = (id: string) => JSON.parse(fs.readFileSync(path.join(root, 'catalog/sources', `${id}.json`), 'utf8'));

before(() => {
  dir = fs.mkdtempSync(path.join(tmpdir(), 'ingest-'));
  root = path.join(dir, 'project');
  fs.cpSync(path.join(ROOT, 'catalog'), path.join(root, 'catalog'), { recursive: true });
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the command line: help and mistyped commands', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/catalog-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  test('--help and help <command> print usage and exit 0; an unknown command names the nearest and exits 2', () => {
    const overview = cli('--help');
    assert.equal(overview.status, 0);
    for (const c of COMMANDS) assert.match(overview.stdout, new RegExp(`^  ${c.name} `, 'm'), c.name);
    const page = cli('help', 'exclude');
    assert.equal(page.status, 0);
    assert.match(page.stdout, /exclude <slug> --source <id> --quote "<words>" \[--block <id>\] \[--prefix <words>\] \[--suffix <words>\] --reason/);
    assert.equal(cli('mention', 'add', '--help').status, 0);
    const typo = cli('add-sorce', 'x.txt');
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /Unknown command "add-sorce"\. Did you mean "add-source"\?/);
  });
});

describe('a curator adds real-world layouts', { concurrency: false }, () => {
  test('wire copy and its update: stamps and editing notes are no headline, the update is marked a later version of the first', async () => {
    const first = await ok('add-source', path.join(FIXTURES, 'wire-first-version.txt'), '--id', 'wire-1');
    assert.match(first, /headline: "N\. Korea shows new drones to Russian defense chief" {2}from "date 2023-07-27 N\. Korea/);
    assert.match(first, /date: "July 27" {2}from "SEOUL, July 27 \(Yonhap\) --"/);
    const update = await ok('add-source', path.join(FIXTURES, 'wire-update-attn.txt'), '--id', 'wire-2', '--later-version-of', 'wire-1');
    assert.match(update, /L1 +note +editor's note .*a wire service's editing note .*after a scraper's date stamp "date 2023-07-27"/);
    assert.match(update, /headline: "Kim shows Shoigu new attack drones, Hwasong-18 at arms exhibition"/);
    assert.match(update, /Later version of wire-1, as "\(ATTN: ADDS details of drones, analyst comment in paras 3-5; RECASTS headline\)" marks it/);
    assert.deepEqual(meta('wire-2').laterVersionOf, { source: 'wire-1', quote: '(ATTN: ADDS details of drones, analyst comment in paras 3-5; RECASTS headline)' });
    const circle = await catalog('later-version', 'wire-1', '--of', 'wire-2');
    assert.equal(circle.code, 1);
    assert.match(circle.err, /versions cannot go round in a circle \[source-link\]/);
  });

  test('a translated report: the translation note is recorded, with the date of its line and not the stamp', async () => {
    const out = await ok('add-source', path.join(FIXTURES, 'translated-report.txt'), '--id', 'translated-1');
    assert.match(out, /translation: "Translated from Korean by the Pyongyang Watch desk"/);
    assert.deepEqual(meta('translated-1').date, { status: 'stated', value: '28.07.2023', quote: 'date 2023-07-28 28.07.2023 – Translated from Korean by the Pyongyang Watch desk' });
    assert.match(out, /"date 2023-07-28" in note is a scraper's stamp, when the page was saved, not the article's date/);
  });

  test('a line whose kind changes: verify names the stale headline, resegment reads it again', async () => {
    await ok('draft', 'wire-1', 'wire-2', 'translated-1');
    assert.deepEqual(violations(), []);
    const file = path.join(root, 'catalog/sources/wire-1.json');
    const m = meta('wire-1');
    fs.writeFileSync(file, `${JSON.stringify({ ...m, blockRules: [{ lines: [1, 1], kind: 'note', reason: "a scraper's line, not the headline" }] }, null, 2)}\n`);
    assert.ok(violations().some((v) => v.startsWith('meta-stale catalog/sources/wire-1.json headline.value "N. Korea shows new drones to Russian defense chief" was taken from the passage that is now note')));
    const out = await ok('resegment', 'wire-1');
    assert.match(out, /headline: "N\. Korea shows new drones to Russian defense chief" → not stated/);
    assert.deepEqual(meta('wire-1').headline, { status: 'not-stated' });
    assert.deepEqual(violations(), []);
  });

  test('a description that follows a name is accepted as a mention, in one pass; one that cannot point back is declined', async () => {
    await ok('add-source', path.join(FIXTURES, 'drone-references.txt'), '--id', 'refs-1');
    const drafted = await ok('draft', 'refs-1');
    assert.match(drafted, /refs-1: 2 mention\(s\) resting on a descriptive name, 4 description\(s\) that may refer to a catalogued system, 0 candidate system\(s\)/);
    const listed = await ok('review', 'refs-1');
    assert.match(listed, /mention add new-uav --source refs-1 --quote "The larger combat UAV" --refers-to "new UAV"/);
    assert.match(listed, /"the drones" in paragraph-3: .*\n.*\n.*cannot be cited as it here/);
    const accepted = await ok('mention', 'add', 'new-uav', '--source', 'refs-1', '--quote', 'The larger combat UAV', '--refers-to', 'new UAV');
    assert.match(accepted, /pointing back to "new UAV"/);
    assert.deepEqual(entry('new-uav').mentions.at(-1), { source: 'refs-1', quote: 'The larger combat UAV', refersTo: 'new UAV' });
    const again = await ok('mention', 'add', 'new-uav', '--source', 'refs-1', '--quote', 'The larger combat UAV', '--refers-to', 'new UAV');
    assert.match(again, /already cites/);
    // "the drones" has nothing to point back to yet: declined for the entry, it is not offered again.
    const declined = await ok('exclude', 'new-uav', '--source', 'refs-1', '--quote', 'the drones', '--reason', 'analysts said it was too early to say whether the drones work');
    assert.match(declined, /Recorded in catalog\/sources\/refs-1\.json/);
    assert.deepEqual(meta('refs-1').declined, [{ quote: 'the drones', entry: 'new-uav', reason: 'analysts said it was too early to say whether the drones work' }]);
    assert.doesNotMatch(await ok('review', 'refs-1'), /"the drones"/);
    assert.deepEqual(violations(), []);
  });

  test('a calibre becomes an entry of its own, with a category of its head noun, a fact read from its passage and a kind-of relation', async () => {
    const added = await ok('add-source', path.join(FIXTURES, 'calibre-list.txt'), '--id', 'calibres-1');
    assert.match(added, /"122-millimeter multiple rocket launchers" {2}caliber, .* but launchers, not shells or rounds, so a different system/);
    await ok('draft', 'calibres-1');
    const made = await ok('new-entry', '152-millimeter artillery shells', '--source', 'calibres-1');
    assert.match(made, /Wrote catalog\/entries\/152-millimeter-artillery-shells\.json: "152-millimeter artillery shells", category "shells"/);
    // A head noun that an existing category already is, in another case and number, takes that category's form.
    const uav = await ok('new-entry', 'KN-25 super-large multiple rocket launcher', '--source', 'translated-1', '--slug', 'kn-25');
    assert.match(uav, /category "launcher"/);
    assert.match(await ok('new-entry', '122-millimeter multiple rocket launchers', '--source', 'calibres-1'), /category "launcher"/);
    const read = await ok('fact', 'add', '152-millimeter-artillery-shells', '--source', 'calibres-1', '--quote', '152-millimeter artillery shells, the standard round of Russian howitzers', '--label', 'type', '--value', 'the standard round of Russian howitzers');
    assert.match(read, /subject: "152-millimeter artillery shells", the entry's name in the quote/);
    assert.match(read, /It verifies\. Nothing was written/);
    assert.deepEqual(entry('152-millimeter-artillery-shells').facts, []);
    await ok('fact', 'add', '152-millimeter-artillery-shells', '--source', 'calibres-1', '--quote', '152-millimeter artillery shells, the standard round of Russian howitzers', '--label', 'type', '--value', 'the standard round of Russian howitzers', '--yes');
    assert.equal(entry('152-millimeter-artillery-shells').facts[0].subject, '152-millimeter artillery shells');
    await ok('relation', 'add', '152-millimeter-artillery-shells', 'kind-of', 'artillery-shells', '--source', 'calibres-1', '--quote', '152-millimeter artillery shells', '--yes');
    const relation = entry('152-millimeter-artillery-shells').relations[0];
    // The name's head is the target's words: a kind of it, read from the grammar, with no reading set aside.
    assert.deepEqual([relation.type, relation.target, relation.targetWords, relation.overrides ?? []], ['kind-of', 'artillery-shells', 'artillery shells', []]);
    // The general entry now counts the passage as its own, and completeness asks nothing more of it.
    const verified = verifyCatalog(readCatalogFiles(root));
    assert.ok(verified.ok, violations().join('\n'));
    assert.ok(verified.catalog.mentions.some((m) => m.entry === 'artillery-shells' && m.source === 'calibres-1' && m.block === 'paragraph-3'));
  });

  test('exclude reaches every occurrence: by block, by prefix, in a caption printed twice, with the passage\'s own numbers in its reason', async () => {
    await ok('add-source', path.join(FIXTURES, 'captions-twice-drone.txt'), '--id', 'show-1');
    await ok('draft', 'show-1');
    const twice = await catalog('exclude', 'new-uav', '--source', 'show-1', '--quote', 'new drone', '--block', 'paragraph-1', '--reason', 'a light show');
    assert.equal(twice.code, 1);
    assert.match(twice.err, /occurs 2 times .* add "block", "prefix" or "suffix"/);
    await ok('exclude', 'new-uav', '--source', 'show-1', '--quote', 'new drone', '--block', 'paragraph-1', '--prefix', 'in which a ', '--reason', 'state media said: a light show in which a new drone spelled out slogans');
    await ok('exclude', 'new-uav', '--source', 'show-1', '--quote', 'new drone', '--block', 'paragraph-1', '--suffix', ' fell into the sea', '--reason', 'state media said: a new drone fell into the sea');
    await ok('exclude', 'new-uav', '--source', 'show-1', '--quote', 'new drone', '--block', 'caption-1', '--reason', 'a new drone loops above the beach during the summer festival');
    assert.deepEqual(violations(), []);
    const shown = verifyCatalog(readCatalogFiles(root));
    assert.ok(shown.ok && !shown.catalog.mentions.some((m) => m.source === 'show-1' && m.entry === 'new-uav'), 'no occurrence, in either copy of the caption, is linked');
    // A reason may use the excluded passage's own words and numbers ("122-millimeter").
    const numbered = await catalog('exclude', '122-millimeter-shells', '--source', 'calibres-1', '--quote', '122-millimeter artillery shells', '--reason', 'shells of 122 millimeters for older towed guns');
    assert.equal(numbered.code, 0, numbered.err);
    assert.deepEqual(violations(), []);
  });

  test('review --decide takes one answer per suggestion, from a pipe as from the keyboard; dismiss and alias add refuse what the verifier would', async () => {
    // "the drones" can now point back to "The larger combat UAV", cited above; declined, it is not offered.
    const before = (await ok('review', 'refs-1')).match(/^\d+\. /gmu)!.length;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/catalog-cli.ts', 'review', 'refs-1', '--decide', '--root', root], {
      cwd: ROOT,
      encoding: 'utf8',
      // keep, keep, mention ("The smaller reconnaissance drone", pointing back to the description cited before it), exclude with a reason ("a solid-fuel missile").
      input: 'k\nk\nm\nx\nthe North says it can reach the United States\n',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Cited in catalog\/entries\/new-uav\.json: mentions \+= refs-1 "The smaller reconnaissance drone", pointing back to "The larger combat UAV"/);
    assert.match(run.stdout, /is not Hwasong-18 \(the North says it can reach the United States\)/);
    assert.match(run.stdout, /Reviewed refs-1: 2 decision\(s\) written/);
    assert.ok((await ok('review', 'refs-1')).match(/^\d+\. /gmu)!.length < before);
    assert.deepEqual(violations(), []);

    const dismissed = await ok('dismiss', '--source', 'wire-2', '--quote', 'air-to-surface missiles', '--reason', 'the missiles the combat UAV looked designed to carry, not one system');
    assert.match(dismissed, /names no weapon system/);
    assert.doesNotMatch(await ok('review', 'wire-2'), /air-to-surface missiles/);
    const named = await catalog('dismiss', '--source', 'wire-2', '--quote', 'Hwasong-18', '--block', 'headline', '--reason', 'x');
    assert.equal(named.code, 1);
    assert.match(named.err, /is a name of the catalogued hwasong-18: .* exclude hwasong-18/);

    // An alias is a name a cited passage introduces; "large combat UAV" is only a description.
    const alias = await catalog('alias', 'add', 'new-uav', 'large combat UAV');
    assert.equal(alias.code, 1);
    assert.match(alias.err, /alias-not-a-name/);
  });
});
