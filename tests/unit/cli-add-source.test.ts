import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sourceMetaSchema } from '../../catalog/schema/source';
import { verifyCatalog } from '../../catalog/verify/verify';
import { readCatalogFiles } from '../../catalog/load';
import { recordBlocks } from '../../catalog/verify/recorded-blocks';
import { segmentText } from '../../catalog/text/segment';
import { runCatalogCliHere, spawnCatalogCli } from './support/run-cli';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A made-up article: a headline, a catalogued system, two candidates, a byline and site chrome. */
const ARTICLE = `North unveils new missile at military parade

North Korea paraded a camouflage-painted Hwasong-17 intercontinental ballistic missile and a new Hwasong-19 missile through Pyongyang on Tuesday, state media said.

Analysts said the convoy also carried 240-millimeter rockets, which South Korea’s military called “a direct threat.”

BY JANE DOE [jane.doe@example.com]
Log in to comment
`;

let dir: string;
let root: string;

/** Runs the real CLI's add-source against the temporary project, in this process. */
function addSource(...args: string[]) {
  return runCatalogCliHere(['add-source', ...args, '--root', root]);
}

/** Every file under the temporary catalog with a digest of its bytes, to prove nothing changed. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else out[path.relative(root, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
    }
  };
  walk(path.join(root, 'catalog'));
  return out;
}

function fixture(name: string, bytes: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'add-source-'));
  root = path.join(dir, 'project');
  cpSync(path.join(ROOT, 'catalog'), path.join(root, 'catalog'), { recursive: true });
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('add-source', () => {
  test('bad input: a clear message, a non-zero exit, and nothing written', async () => {
    const article = fixture('parade.txt', ARTICLE);
    const cases: [string, string[], RegExp][] = [
      ['an id that is not lowercase words and hyphens', [article, '--id', 'Article 5'], /invalid id "Article 5": use lowercase letters, digits and hyphens/],
      ['a missing file', [path.join(dir, 'nowhere.txt'), '--id', 'article-901'], /file not found: .*nowhere\.txt/],
      ['an empty file', [fixture('empty.txt', ''), '--id', 'article-902'], /the file is empty/],
      ['bytes that are not UTF-8', [fixture('latin1.txt', new Uint8Array([0x4b, 0x69, 0x6d, 0xe9, 0x0a])), '--id', 'article-903'], /not valid UTF-8/],
      ['an id already taken', [article, '--id', 'article-000'], /id "article-000" is already taken: catalog\/sources\/article-000\.txt exists/],
      ['no --id', [article], /missing --id/],
      ['an unknown option', [article, '--id', 'article-904', '--force'], /Unknown option '--force'/],
      ['a text already stored under another id', [path.join(ROOT, 'catalog/sources/article-004.txt'), '--id', 'article-905'], /already stored as catalog\/sources\/article-004\.txt/],
    ];
    for (const [what, args, message] of cases) {
      const before = snapshot();
      const { code, out, err } = await addSource(...args);
      assert.notEqual(code, 0, `${what}: exit code`);
      assert.match(err, message, `${what}: message`);
      assert.doesNotMatch(err, /\n\s+at /, `${what}: no stack trace`);
      assert.equal(out, '', `${what}: nothing reported as stored`);
      assert.deepEqual(snapshot(), before, `${what}: files changed`);
    }
  });

  test('stores the article byte for byte with metadata that states only what the text states', async () => {
    const entriesBefore = Object.entries(snapshot()).filter(([f]) => f.startsWith('catalog/entries/'));
    // In a process of its own, as `npm run catalog -- add-source …` runs it.
    const { code, out, err } = spawnCatalogCli(['add-source', fixture('parade.txt', ARTICLE), '--id', 'article-900', '--root', root]);
    assert.equal(code, 0, err);

    const stored = readFileSync(path.join(root, 'catalog/sources/article-900.txt'));
    assert.deepEqual(new Uint8Array(stored), new Uint8Array(Buffer.from(ARTICLE, 'utf8')));
    const { recordedBlocks, ...meta } = sourceMetaSchema.parse(JSON.parse(readFileSync(path.join(root, 'catalog/sources/article-900.json'), 'utf8')));
    assert.deepEqual(recordedBlocks, recordBlocks(segmentText(ARTICLE)), 'the blocks are recorded');
    assert.deepEqual(meta, {
      id: 'article-900',
      archivedAs: 'parade.txt',
      sha256: createHash('sha256').update(stored).digest('hex'),
      headline: { status: 'stated', value: 'North unveils new missile at military parade', quote: 'North unveils new missile at military parade' },
      section: { status: 'not-stated' },
      byline: { status: 'stated', value: 'JANE DOE', quote: 'BY JANE DOE [jane.doe@example.com]' },
      publisher: { status: 'not-stated' },
      date: { status: 'not-stated' },
    });

    const [mentions, candidates] = out.split(/\n\s*\n/).filter((part) => /^(Mentions|Candidate)/.test(part));
    assert.match(mentions!, /Hwasong-17 \[hwasong-17\] {2}paragraph-1 \(Paragraph 1\) {2}"Hwasong-17"/);
    // "Hwasong-17 intercontinental ballistic missile" names the Hwasong-17: the general ICBMs entry gets
    // that passage only if the curator says so (a "kind of" relation).
    assert.doesNotMatch(mentions!, /\[intercontinental-ballistic-missiles\]/);
    assert.match(candidates!, /"Hwasong-19 missile" {2}designation, in paragraph-1/);
    assert.match(candidates!, /"240-millimeter rockets" {2}caliber, in paragraph-2/);
    assert.doesNotMatch(candidates!, /^ {2}"[^"]*(?:Hwasong-17|intercontinental)/m, 'catalogued systems are not candidates');

    const entriesAfter = Object.entries(snapshot()).filter(([f]) => f.startsWith('catalog/entries/'));
    assert.deepEqual(entriesAfter, entriesBefore, 'entries untouched');
    assert.deepEqual(readdirSync(path.join(root, 'catalog/sources')).filter((n) => n.startsWith('.')), [], 'no temporary files left');
    // The source itself verifies; what is left is the curator's work the report lists.
    const verified = verifyCatalog(readCatalogFiles(root));
    const left = verified.ok ? [] : verified.violations.map((v) => `${v.rule} ${v.message}`);
    assert.ok(left.length > 0 && left.every((v) => /^mention-missing .* occurs in article-900 /.test(v)), left.join('\n'));
  });
});
