import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { RULES, type Rule } from '../../catalog/verify/violations';
import type { Entry } from '../../catalog/schema/entry';

// Each mutation breaks one thing in a copy of the real catalog on disk; the real CLI
// (`npm run verify`) must refuse it, naming the broken file and the rule.
const ROOT = path.resolve(import.meta.dirname, '../..');
// Each run takes about a second; a few at a time, never more than the machine has cores.
const PARALLEL = Math.min(4, os.availableParallelism());

interface Mutation {
  title: string;
  rule: Rule;
  /** The file the CLI must name, relative to the catalog root. */
  file: string;
  apply: (root: string) => void;
}

const entry = (slug: string) => `catalog/entries/${slug}.json`;
const TEXT_000 = 'catalog/sources/article-000.txt';
const META_000 = 'catalog/sources/article-000.json';
const TEXT_004 = 'catalog/sources/article-004.txt';
const META_004 = 'catalog/sources/article-004.json';

const remove = (file: string) => (root: string) => rmSync(path.join(root, file));
const write = (file: string, content: string) => (root: string) => writeFileSync(path.join(root, file), content);
const copy = (from: string, to: string) => (root: string) => cpSync(path.join(root, from), path.join(root, to));
const rename = (from: string, to: string) => (root: string) => renameSync(path.join(root, from), path.join(root, to));

/** Replaces the first `from` in a file; the fixture fails if `from` is not there. */
const replaceIn = (file: string, from: string, to: string) => (root: string) => {
  const text = readFileSync(path.join(root, file), 'utf8');
  assert.ok(text.includes(from), `fixture: ${file} contains ${from}`);
  writeFileSync(path.join(root, file), text.replace(from, to));
};
const editEntry = (slug: string, edit: (e: Entry) => void) => (root: string) => {
  const file = path.join(root, entry(slug));
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Entry;
  edit(parsed);
  writeFileSync(file, JSON.stringify(parsed, null, 2));
};
const invalidUtf8 = (root: string) => {
  const bytes = readFileSync(path.join(root, TEXT_000));
  bytes[10] = 0xff;
  writeFileSync(path.join(root, TEXT_000), bytes);
};
const STATED_DATE = '"date": { "status": "stated", "value": "July 27, 2023", "quote": "July 27, 2023" }';
const TYPO = 'a camouflage-painted Hwasong-17 intercontinental ballistic missle';

const MUTATIONS: Mutation[] = [
  // Sources
  { title: 'source text missing', rule: 'source-missing', file: TEXT_004, apply: remove(TEXT_004) },
  { title: 'source metadata missing', rule: 'source-missing', file: META_004, apply: remove(META_004) },
  { title: 'source text emptied', rule: 'source-empty', file: TEXT_004, apply: write(TEXT_004, '') },
  { title: 'source text with invalid UTF-8', rule: 'source-utf8', file: TEXT_000, apply: invalidUtf8 },
  {
    title: 'source text changed by one byte',
    rule: 'source-hash',
    file: TEXT_000,
    apply: replaceIn(TEXT_000, 'Hwasong-17 intercontinental', 'Hwasong-18 intercontinental'),
  },
  { title: 'source metadata not valid JSON', rule: 'source-meta', file: META_004, apply: replaceIn(META_004, '{', '') },
  {
    title: 'a metadata field marked stated with a value not in the text',
    rule: 'meta-stated',
    file: META_000,
    apply: replaceIn(META_000, '"date": { "status": "not-stated" }', STATED_DATE),
  },
  {
    // The headline's line declared a note: the stated headline was taken from a line that is no headline now.
    title: 'a metadata value whose line changed kind',
    rule: 'meta-stale',
    file: META_000,
    apply: replaceIn(META_000, '"blockRules": [', '"blockRules": [\n    { "match": "^Kim shows off North", "kind": "note", "reason": "a kicker, not the headline" },'),
  },
  {
    title: 'a later version of a source the catalog does not have',
    rule: 'source-link',
    file: META_004,
    apply: replaceIn(META_004, '"date": { "status": "not-stated" },', '"date": { "status": "not-stated" },\n  "laterVersionOf": { "source": "article-999" },'),
  },
  // Entry files
  { title: 'an empty entry file', rule: 'entry-json', file: entry('mq-9-reaper'), apply: write(entry('mq-9-reaper'), '') },
  {
    title: 'malformed JSON',
    rule: 'entry-json',
    file: entry('hwasong-12'),
    apply: replaceIn(entry('hwasong-12'), '"category": "missile",', '"category": "missile"'),
  },
  {
    title: 'a fact label the schema does not know',
    rule: 'entry-schema',
    file: entry('hwasong-18'),
    apply: editEntry('hwasong-18', (e) => ((e.facts[2] as { label: string }).label = 'propelant')),
  },
  {
    title: 'an entry file whose name is not its slug',
    rule: 'entry-file-name',
    file: entry('hwasong17'),
    apply: rename(entry('hwasong-17'), entry('hwasong17')),
  },
  {
    title: 'a copied entry that keeps the slug',
    rule: 'slug-duplicate',
    file: entry('kn-22'),
    apply: copy(entry('hwasong-17'), entry('kn-22')),
  },
  // Citations
  {
    title: 'an unknown source id in a citation',
    rule: 'source-unknown',
    file: entry('hwasong-12'),
    apply: editEntry('hwasong-12', (e) => (e.facts[0]!.citations[0]!.source = 'article-001')),
  },
  {
    title: 'a block id the source does not have',
    rule: 'block-unknown',
    file: entry('hwasong-17'),
    apply: editEntry('hwasong-17', (e) => (e.facts[0]!.citations[0]!.block = 'paragraph-99')),
  },
  {
    title: 'a block id pointing at the wrong block',
    rule: 'quote-block',
    file: entry('hwasong-17'),
    apply: editEntry('hwasong-17', (e) => (e.facts[0]!.citations[0]!.block = 'paragraph-4')),
  },
  {
    title: 'a quote with one character changed',
    rule: 'quote-not-found',
    file: entry('hwasong-17'),
    apply: editEntry('hwasong-17', (e) => (e.facts[0]!.citations[0]!.quote = TYPO)),
  },
  {
    title: 'a curly quotation mark swapped for a straight one',
    rule: 'quote-not-found',
    file: entry('hwasong-18'),
    // In the JSON file a straight quotation mark inside a string is written \".
    apply: replaceIn(entry('hwasong-18'), 'Hwasong-18 appeared capable of hitting “most points', 'Hwasong-18 appeared capable of hitting \\"most points'),
  },
  {
    title: 'a quote that occurs twice, without a block',
    rule: 'quote-ambiguous',
    file: entry('hwasong-17'),
    apply: editEntry('hwasong-17', (e) => {
      e.facts[0]!.citations[0] = { source: 'article-000', quote: 'Hwasong-17 intercontinental ballistic missile' };
    }),
  },
  // What an entry says
  {
    title: 'a fact value not in its quote',
    rule: 'value-not-in-quote',
    file: entry('hwasong-18'),
    apply: editEntry('hwasong-18', (e) => (e.facts[2]!.value = 'liquid-fuel')),
  },
  {
    title: 'an alias in no source',
    rule: 'name-not-in-source',
    file: entry('hwasong-17'),
    apply: editEntry('hwasong-17', (e) => e.aliases.push('KN-22')),
  },
  {
    title: 'a category that is no phrase of any cited quote',
    rule: 'category-not-in-quote',
    file: entry('hwasong-17'),
    apply: editEntry('hwasong-17', (e) => (e.category = 'long-range missile')),
  },
  {
    title: 'North Korea’s solid-fuel claim given as the article’s own reporting',
    rule: 'speaker-article',
    file: entry('hwasong-18'),
    apply: editEntry('hwasong-18', (e) => (e.facts[2]!.speaker = [])),
  },
  {
    title: '"did not identify the model ICBMs" turned into "identify the model ICBMs"',
    rule: 'negation-dropped',
    file: entry('intercontinental-ballistic-missiles'),
    apply: editEntry('intercontinental-ballistic-missiles', (e) => Object.assign(e.facts[5]!, { value: 'identify the model ICBMs', polarity: 'positive' })),
  },
  {
    title: '"believed to be" dropped from "believed to be capable of carrying nuclear warheads"',
    rule: 'hedge-dropped',
    file: entry('intercontinental-ballistic-missiles'),
    apply: editEntry('intercontinental-ballistic-missiles', (e) => Object.assign(e.facts[4]!, { value: 'capable of carrying nuclear warheads', certainty: 'certain' })),
  },
  {
    title: 'The United States named as the speaker of "which the North has denied"',
    rule: 'speaker-not-in-scope',
    file: entry('artillery-shells'),
    apply: editEntry('artillery-shells', (e) => (e.facts[2]!.speaker = [{ party: 'The United States', cue: 'denied' }])),
  },
  {
    title: 'Voice of America named as the speaker of Kyodo News’s claim',
    rule: 'speaker-mismatch',
    file: entry('hwasong-18'),
    apply: editEntry('hwasong-18', (e) => (e.facts[5]!.speaker = [{ party: 'Voice of America', cue: 'claimed' }])),
  },
  {
    title: 'a relay listed inner first',
    rule: 'relay-order',
    file: entry('mq-9-reaper'),
    apply: editEntry('mq-9-reaper', (e) => e.facts[0]!.speaker.reverse()),
  },
  {
    title: 'a declared cue the quote does not hold',
    rule: 'cue-not-in-quote',
    file: entry('hwasong-12'),
    apply: editEntry('hwasong-12', (e) => (e.facts[0]!.cues = ['reportedly'])),
  },
  {
    title: 'a declared cue that covers nothing',
    rule: 'cue-not-in-scope',
    file: entry('hwasong-12'),
    apply: editEntry('hwasong-12', (e) => (e.facts[0]!.cues = ['hypersonic'])),
  },
  {
    title: 'the United Nations officials’ "appeared capable" declared certain',
    rule: 'certainty-mismatch',
    file: entry('hwasong-18'),
    apply: editEntry('hwasong-18', (e) => (e.facts[4]!.certainty = 'certain')),
  },
  {
    title: '"did not identify" declared positive',
    rule: 'polarity-mismatch',
    file: entry('intercontinental-ballistic-missiles'),
    apply: editEntry('intercontinental-ballistic-missiles', (e) => (e.facts[5]!.polarity = 'positive')),
  },
  {
    title: 'a note that says the neighbours "detected" a launch they "said they had detected"',
    rule: 'note-drift',
    file: entry('hwasong-17'),
    apply: editEntry('hwasong-17', (e) => (e.notes = ['North Korea’s neighbors detected the launch of an ICBM a day earlier.'])),
  },
  {
    title: 'Voice of America dropped from the observers’ comparison',
    rule: 'relay-dropped',
    file: entry('new-uav'),
    apply: editEntry('new-uav', (e) => (e.facts[6]!.speaker = [{ party: 'Observers in Seoul', cue: 'noted' }])),
  },
  {
    title: 'an invented number in a note',
    rule: 'digits-not-cited',
    file: entry('hwasong-17'),
    apply: editEntry('hwasong-17', (e) => e.notes.push('Its range is put at 15,000 kilometers.')),
  },
  {
    title: 'a spec listed as not stated while a fact states it',
    rule: 'spec-stated',
    file: entry('hwasong-18'),
    apply: editEntry('hwasong-18', (e) => e.notStated.push('propellant')),
  },
  // Links between entries
  {
    title: 'a relation to a missing entry',
    rule: 'relation-unknown',
    file: entry('hwasong-12'),
    apply: editEntry('hwasong-12', (e) => (e.relations[0]!.target = 'new-drone')),
  },
  {
    title: 'a relation to itself',
    rule: 'relation-unknown',
    file: entry('hwasong-12'),
    apply: editEntry('hwasong-12', (e) => (e.relations[0]!.target = 'hwasong-12')),
  },
  {
    // Launch, capability and photo are the Hwasong-17's only citations of the second article.
    title: 'a name mention no longer cited',
    rule: 'mention-missing',
    file: entry('hwasong-17'),
    apply: editEntry('hwasong-17', (e) => (e.facts = e.facts.filter((f) => f.citations.every((c) => c.source !== 'article-004')))),
  },
  // Segmentation and what the reader shows
  {
    title: 'a citation of site text the reader does not show',
    rule: 'quote-hidden',
    file: entry('hwasong-12'),
    apply: editEntry('hwasong-12', (e) => e.mentions.push({ source: 'article-000', quote: 'print dictionary print' })),
  },
  {
    title: 'a block rule for lines the text does not have',
    rule: 'block-rule-unused',
    file: META_004,
    apply: replaceIn(META_004, '"date": { "status": "not-stated" },', '"date": { "status": "not-stated" },\n  "blockRules": [{ "lines": [40, 41], "kind": "chrome", "reason": "footer" }],'),
  },
  {
    // Without its rule, the comment widget's lines are shown as paragraphs: new blocks, no citation moved.
    title: 'a re-segmentation that adds blocks',
    rule: 'blocks-changed',
    file: META_000,
    apply: replaceIn(META_000, '"lines": [76, 84]', '"lines": [76, 76]'),
  },
  {
    // Declaring the breadcrumb trail a paragraph renumbers every paragraph after it.
    title: 'a re-segmentation that renumbers cited paragraphs',
    rule: 'block-moved',
    file: entry('hwasong-18'),
    apply: replaceIn(META_004, '"date": { "status": "not-stated" },', '"date": { "status": "not-stated" },\n  "blockRules": [{ "lines": [2, 2], "kind": "caption", "reason": "test" }],'),
  },
  // Exclusions
  {
    title: 'an exclusion of a passage that holds none of the names',
    rule: 'exclusion-unused',
    file: entry('new-uav'),
    apply: editEntry('new-uav', (e) => {
      // Entry files leave out empty lists, so the field is set, not pushed to.
      e.exclusions = [{ source: 'article-000', quote: 'Russian Defense Minister Sergei Shoigu', block: 'paragraph-1', reason: 'not a drone' }];
    }),
  },
  {
    title: 'an exclusion of an occurrence the entry cites',
    rule: 'exclusion-cited',
    file: entry('hwasong-18'),
    apply: editEntry('hwasong-18', (e) => {
      e.exclusions = [{ source: 'article-004', quote: 'Hwasong-18s', reason: 'another missile' }];
    }),
  },
];

/** A copy of the real catalog's sources and entries in a fresh temp dir. */
function copyCatalog(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'broken-catalog-'));
  for (const dir of ['catalog/sources', 'catalog/entries']) cpSync(path.join(ROOT, dir), path.join(root, dir), { recursive: true });
  return root;
}

/** Runs the real CLI on `root`, as `npm run verify` does. */
function runVerify(root: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', root], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('broken catalog: the verify CLI refuses every single mutation', { concurrency: PARALLEL }, () => {
  const caught: string[] = [];
  after(() => console.log(`broken-catalog: ${caught.length} of ${MUTATIONS.length} mutations caught`));

  test('there are at least 20 mutations, and every rule is broken by one', () => {
    assert.ok(MUTATIONS.length >= 20);
    const broken = new Set(MUTATIONS.map((m) => m.rule));
    assert.deepEqual(Object.keys(RULES).filter((rule) => !broken.has(rule as Rule)), []);
  });

  test('an unmodified copy verifies', async () => {
    const root = copyCatalog();
    try {
      const { code, stdout, stderr } = await runVerify(root);
      assert.equal(code, 0, stderr);
      assert.match(stdout, /^Catalog verified: /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  for (const m of MUTATIONS) {
    test(`${m.title} [${m.rule}]`, async () => {
      const root = copyCatalog();
      try {
        m.apply(root);
        const { code, stderr } = await runVerify(root);
        assert.equal(code, 1, `exit code; stderr:\n${stderr}`);
        const lines = stderr.split('\n').map((l) => l.trim());
        const line = lines.find((l) => l.startsWith(`${m.file}:`) && l.endsWith(`[${m.rule}]`));
        assert.ok(line, `no line naming ${m.file} with [${m.rule}] in:\n${stderr}`);
        caught.push(m.title);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});
