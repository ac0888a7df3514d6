import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readCatalogFiles } from '../../catalog/load';
import { verifyCatalog } from '../../catalog/verify/verify';
import { writeFilesAtomically, type WriteFs } from '../../scripts/cli/common';
import { runCatalogCliHere, spawnCatalogCli } from './support/run-cli';

// The curator's walk-through on a temporary copy of the real catalog, with the real CLI:
// add-source → draft → exclude → new-entry → verify. Every failed run must leave every file as
// it was, and every run repeated must change nothing.
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/articles/parade-new-drones.txt');
// Held to the rules for the catalog's own words: the passage's words under its report, and the catalog's words about itself.
const REASON = 'state media reported North Korea paraded these new drones through Kim Il Sung Square on Saturday night; a different article from the ones the entry cites';
let dir: string;
let root: string;

/** A command of the real CLI, run in this process. */
async function catalog(...args: string[]) {
  return runCatalogCliHere([...args, '--root', root]);
}

/** Every file under the temporary catalog with a digest of its bytes. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d)) {
      const file = path.join(d, name);
      if (fs.statSync(file).isDirectory()) walk(file);
      else out[path.relative(root, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    }
  };
  walk(path.join(root, 'catalog'));
  return out;
}

/** Runs a command that must fail: non-zero exit, a message matching `message`, no stack trace, no file changed. */
async function refuses(args: string[], message: RegExp) {
  const before = snapshot();
  const { code, out, err } = await catalog(...args);
  assert.notEqual(code, 0, `${args.join(' ')}: exit code`);
  assert.match(err, message);
  assert.doesNotMatch(err, /\n\s+at /, 'no stack trace');
  assert.equal(out, '');
  assert.deepEqual(snapshot(), before, `${args.join(' ')}: files changed`);
}

/** Runs a command twice (the first in a process of its own when `ownProcess`): the first succeeds, the second succeeds and changes nothing. */
async function twice(args: string[], again: RegExp, { ownProcess = false } = {}) {
  const first = ownProcess ? spawnCatalogCli([...args, '--root', root]) : await catalog(...args);
  assert.equal(first.code, 0, first.err);
  const before = snapshot();
  const second = await catalog(...args);
  assert.equal(second.code, 0, second.err);
  assert.match(second.out, again);
  assert.deepEqual(snapshot(), before, `${args.join(' ')} run again changed files`);
  return first.out;
}

const entry = (slug: string) => JSON.parse(fs.readFileSync(path.join(root, 'catalog/entries', `${slug}.json`), 'utf8'));
const violations = () => {
  const r = verifyCatalog(readCatalogFiles(root));
  return r.ok ? [] : r.violations.map((v) => `${v.rule} ${v.file} ${v.message}`);
};

before(() => {
  dir = fs.mkdtempSync(path.join(tmpdir(), 'curation-'));
  root = path.join(dir, 'project');
  fs.cpSync(path.join(ROOT, 'catalog'), path.join(root, 'catalog'), { recursive: true });
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('curation commands, in the order a curator runs them', { concurrency: false }, () => {
  test('add-source stores the article and reports its blocks, metadata, mentions and candidates; a re-run changes nothing', async () => {
    const out = await twice(['add-source', FIXTURE, '--id', 'article-950'], /already holds this text: nothing was changed/, { ownProcess: true });
    assert.match(out, /Blocks \(6\): 1 headline, 1 byline, 3 paragraph, 1 caption\./);
    assert.match(out, /L3 +byline +byline +"By Choi Ara \(ara\.choi@example\.com\)" +byline: "By" and a name/);
    assert.match(out, /byline: "Choi Ara" {2}from "By Choi Ara/);
    assert.match(out, /date: "Sept\. 9" {2}from "SEOUL, Sept\. 9 \(Yonhap\) --"/);
    assert.match(out, /"Reaper drone" {2}phrase, .* possibly MQ 9 Reaper \[mq-9-reaper\]: shares the name word "Reaper"/);
    assert.match(out, /"Hwasongpho-18" {2}designation, .* possibly Hwasong-18 \[hwasong-18\]: "Hwasongpho-18" may be "Hwasong-18" spelt another way/);
    assert.match(out, /"Hwasong-19 missile" {2}designation, .* new: another number than Hwasong-12, Hwasong-17, Hwasong-18/);
    // What is left for the curator is completeness in the new source, nothing else.
    const left = violations();
    assert.ok(left.length > 0 && left.every((v) => /^mention-missing .* occurs in article-950 /.test(v)), left.join('\n'));
  });

  test('draft refuses bad input and writes nothing', async () => {
    await refuses(['draft'], /name at least one source/);
    await refuses(['draft', 'Article 9'], /invalid source id "Article 9"/);
    await refuses(['draft', 'article-999'], /no source "article-999"/);
  });

  test('draft cites every passage that names a catalogued system, flags descriptive aliases and variants, adds no facts; the catalog verifies; a re-run changes nothing', async () => {
    const factsBefore = entry('new-uav').facts;
    const out = await twice(['draft', 'article-950'], /Nothing to draft/);
    assert.match(out, /Drafted 3 mention citation\(s\) in 1 entry \(no facts added\)/);
    assert.match(out, /new-uav\.json {2}mentions \+= article-950 headline "new drones"/);
    assert.match(out, /rests on the descriptive name "new drone": check that this passage means new unmanned aerial vehicle/);
    assert.match(out, /"Hwasongpho-18" in article-950 paragraph-3: .*\[hwasong-18\]/);
    const uav = entry('new-uav');
    assert.deepEqual(uav.facts, factsBefore, 'no fact added or changed');
    assert.deepEqual(uav.mentions.filter((m: { source: string }) => m.source === 'article-950').map((m: { quote: string; block?: string }) => [m.quote, m.block]), [
      ['new drones', 'headline'],
      ['new drones', 'paragraph-1'],
      ['new drones', 'paragraph-2'],
    ]);
    assert.deepEqual(violations(), []);
  });

  test('exclude records that one occurrence is not this system, dropping the drafted citation; completeness respects it; a re-run changes nothing', async () => {
    await refuses(['exclude', 'new-uav', '--source', 'article-950', '--quote', 'Kim Il Sung Square', '--reason', REASON], /holds none of the names/);
    await refuses(['exclude', 'new-uav', '--source', 'article-950', '--quote', 'new drones', '--reason', REASON], /occurs 3 times .* add "block"/);
    await refuses(['exclude', 'no-such-entry', '--source', 'article-950', '--quote', 'new drones', '--reason', REASON], /no entry "no-such-entry"/);
    await refuses(['exclude', 'new-uav', '--source', 'article-950', '--quote', 'new drones', '--block', 'paragraph-1'], /missing --reason/);
    const out = await twice(['exclude', 'new-uav', '--source', 'article-950', '--quote', 'new drones', '--block', 'paragraph-1', '--reason', REASON], /already records this exclusion/);
    assert.match(out, /removed mentions\[\d+\] "new drones"/);
    const uav = entry('new-uav');
    assert.deepEqual(uav.exclusions, [{ source: 'article-950', quote: 'new drones', block: 'paragraph-1', reason: REASON }]);
    assert.ok(!uav.mentions.some((m: { block?: string; source: string }) => m.source === 'article-950' && m.block === 'paragraph-1'));
    assert.deepEqual(violations(), []);
    const shown = verifyCatalog(readCatalogFiles(root));
    assert.ok(shown.ok && !shown.catalog.mentions.some((m) => m.source === 'article-950' && m.block === 'paragraph-1'), 'the reader no longer links it');
  });

  test('new-entry scaffolds an entry with its mentions cited and every specification not stated; a re-run changes nothing', async () => {
    await refuses(['new-entry', 'Hwasong-20 missile', '--source', 'article-950'], /does not occur in a passage of article-950/);
    await refuses(['new-entry', 'new drone', '--source', 'article-950'], /already catalogued: catalog\/entries\/new-uav\.json has it as an alias/);
    await refuses(['new-entry', 'Hwasong-19 missile'], /missing --source/);
    await refuses(['new-entry', 'Hwasong-19', '--source', 'article-950', '--slug', 'Bad Slug'], /invalid slug "Bad Slug"/);
    const out = await twice(['new-entry', 'Hwasong-19 missile', '--source', 'article-950'], /already holds this scaffold/);
    assert.match(out, /Wrote catalog\/entries\/hwasong-19-missile\.json: "Hwasong-19 missile", category "missile", 2 mention citation\(s\)/);
    const scaffold = entry('hwasong-19-missile');
    assert.deepEqual(scaffold.facts, []);
    assert.deepEqual(scaffold.mentions, [
      { source: 'article-950', quote: 'Hwasong-19 missile', block: 'headline' },
      { source: 'article-950', quote: 'Hwasong-19 missile', block: 'paragraph-1' },
    ]);
    assert.equal('notStated' in scaffold, false);
    assert.deepEqual(violations(), []);
    // The catalog's other files were not touched by the scaffold.
    await refuses(['new-entry', 'Hwasong-19 missile', '--source', 'article-950', '--category', 'Hwasong-19 missile'], /already exists \(and differs/);
  });

  test('resegment records blocks changed on purpose and names the citations that moved; a re-run changes nothing', async () => {
    const metaFile = path.join(root, 'catalog/sources/article-950.json');
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    fs.writeFileSync(metaFile, `${JSON.stringify({ ...meta, blockRules: [{ lines: [3, 3], kind: 'paragraph', reason: 'shown as a paragraph' }] }, null, 2)}\n`);
    assert.ok(violations().some((v) => v.startsWith('block-moved catalog/entries/new-uav.json')));
    const out = await twice(['resegment', 'article-950'], /already records these blocks/);
    assert.match(out, /byline \d+-\d+ is gone/);
    assert.match(out, /Citations that moved \([1-9]\d*\)/);
    // Left alone, the drafted citation of paragraph-2 would now resolve to other words: those of
    // the old paragraph-1, renumbered paragraph-2. The verifier says so, and resegment renames it.
    assert.match(out, /new-uav\.json: mentions\[\d+\]: "new drones" was in article-950 paragraph-1 .* now in paragraph-2/);
    assert.match(out, /new-uav\.json: mentions\[\d+\]\.block: paragraph-2 → paragraph-3/);
    // Citations that name a block now name the block their words moved to.
    assert.match(out, /catalog\/entries\/hwasong-19-missile\.json: mentions\[1\]\.block: paragraph-1 → paragraph-2/);
    assert.deepEqual(entry('hwasong-19-missile').mentions[1], { source: 'article-950', quote: 'Hwasong-19 missile', block: 'paragraph-2' });
    assert.deepEqual(violations(), []);
  });
});

describe('writeFilesAtomically', () => {
  test('when a rename fails half way, every file is put back as it was and no temporary file is left', () => {
    const d = fs.mkdtempSync(path.join(tmpdir(), 'atomic-'));
    try {
      const a = path.join(d, 'a.json');
      const b = path.join(d, 'b.json');
      fs.writeFileSync(a, 'old a');
      let renames = 0;
      const failing: WriteFs = {
        ...fs,
        renameSync: (from, to) => {
          // The third rename is b's new file into place: a has been replaced by then.
          if (++renames === 3) throw new Error('disk full');
          fs.renameSync(from, to);
        },
      };
      assert.throws(() => writeFilesAtomically([{ target: a, data: 'new a' }, { target: b, data: 'new b' }], failing), /nothing was changed: disk full/);
      assert.equal(fs.readFileSync(a, 'utf8'), 'old a');
      assert.equal(fs.existsSync(b), false);
      assert.deepEqual(fs.readdirSync(d), ['a.json']);
      writeFilesAtomically([{ target: a, data: 'new a' }, { target: b, data: 'new b' }]);
      assert.deepEqual([fs.readFileSync(a, 'utf8'), fs.readFileSync(b, 'utf8'), fs.readdirSync(d).length], ['new a', 'new b', 2]);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
