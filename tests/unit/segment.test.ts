import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { explainBlocks, segmentText } from '../../catalog/text/segment';
import { recordBlocks } from '../../catalog/verify/recorded-blocks';
import { verifyCatalog } from '../../catalog/verify/verify';
import { readCatalogFiles } from '../../catalog/load';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (id: string) => readFileSync(path.join(ROOT, 'catalog/sources', `${id}.txt`), 'utf8');
const first = read('article-000');
const second = read('article-004');

const blocksOf = (raw: string) => segmentText(raw);
const byText = (raw: string, start: string) => blocksOf(raw).filter((b) => b.text.startsWith(start));

describe('segmentText', () => {
  test('every block is exactly the slice of the raw text its offsets point at, in both articles', () => {
    for (const raw of [first, second]) {
      const blocks = blocksOf(raw);
      assert.ok(blocks.length > 10);
      for (const b of blocks) assert.equal(raw.slice(b.start, b.end), b.text, `${b.id} offsets`);
    }
  });

  test('blocks come in reading order and do not overlap', () => {
    for (const raw of [first, second]) {
      const blocks = blocksOf(raw);
      blocks.slice(1).forEach((b, i) => assert.ok(blocks[i]!.end < b.start, `${blocks[i]!.id} before ${b.id}`));
    }
  });

  test('the first article opens with its headline and ends its story with the byline', () => {
    const [headline] = blocksOf(first);
    assert.deepEqual([headline!.id, headline!.kind], ['headline', 'headline']);
    assert.equal(headline!.text, "Kim shows off North's arsenal to Russian defense chief");
    const [byline] = byText(first, 'BY MICHAEL LEE');
    assert.deepEqual([byline!.id, byline!.kind], ['byline', 'byline']);
  });

  test('photo captions are recognised by their credit: [NEWS1], [YONHAP] and the AP line', () => {
    const captions = blocksOf(first).filter((b) => b.kind === 'caption' && !b.duplicateOf);
    assert.deepEqual(
      captions.map((b) => [b.id, b.text.match(/\[\w+\]$/)?.[0]]),
      [['caption-1', '[NEWS1]'], ['caption-2', '[YONHAP]'], ['caption-3', '[YONHAP]']],
    );
    const ap = blocksOf(second).filter((b) => b.kind === 'caption');
    assert.equal(ap.length, 1);
    assert.equal(ap[0]!.id, 'caption-1');
    assert.ok(ap[0]!.text.startsWith('North Korean leader Kim Jong Un, right, and his daughter'));
    assert.ok(ap[0]!.text.endsWith('(Korean Central News Agency/Korea News Service via AP)'));
  });

  test('site navigation and widget labels are site text, not paragraphs', () => {
    const kinds = new Map(blocksOf(first).map((b) => [b.text, b.kind]));
    for (const chrome of [
      'Home > National > North Korea',
      'print dictionary print',
      'lock icon',
      'Standards Board Policy (0/250자)',
      'To write comments, please log in to one of the accounts.',
    ]) {
      assert.equal(kinds.get(chrome), 'chrome', chrome);
    }
    assert.equal(byText(first, 'print dictionary print')[0]!.id, 'site-text-2');
  });

  test('the story itself is paragraphs, numbered from the first one', () => {
    const paragraphs = blocksOf(first).filter((b) => b.kind === 'paragraph');
    assert.equal(paragraphs[0]!.id, 'paragraph-1');
    assert.ok(paragraphs[0]!.text.startsWith("North Korean leader Kim Jong-un showcased his regime's latest missiles"));
    assert.equal(byText(first, 'At the exhibition, a camouflage-painted Hwasong-17')[0]!.id, 'paragraph-3');
    assert.equal(byText(second, 'Voice of America did not identify the model ICBMs')[0]!.id, 'paragraph-12');
  });

  test('captions printed twice: the second copy points at the first', () => {
    for (const start of ['In this photo published by', 'In this photo released by', 'Seated from right:']) {
      const [original, repeat, ...more] = byText(first, start);
      assert.equal(more.length, 0, start);
      assert.equal(original!.duplicateOf, undefined);
      assert.equal(repeat!.duplicateOf, original!.id);
      assert.equal(repeat!.id, `${original!.id}-repeat`);
      assert.equal(repeat!.kind, 'caption');
    }
  });

  test('the headline printed again under the navigation is a repeat of the headline', () => {
    const [headline, repeat] = byText(first, 'Kim shows off');
    assert.equal(repeat!.kind, 'headline');
    assert.equal(repeat!.duplicateOf, headline!.id);
  });

  test('ids are unique, even for a caption printed three times', () => {
    for (const raw of [first, second]) {
      const ids = blocksOf(raw).map((b) => b.id);
      assert.equal(new Set(ids).size, ids.length);
    }
    const caption = byText(first, 'Seated from right:')[0]!.text;
    const thrice = blocksOf([caption, caption, caption].join('\n\n'));
    assert.deepEqual(
      thrice.map((b) => [b.id, b.duplicateOf]),
      [['caption-1', undefined], ['caption-1-repeat', 'caption-1'], ['caption-1-repeat-2', 'caption-1']],
    );
  });

  test('the block ids that citations use stay put: the second article is paragraph-1 … paragraph-14 and caption-1, in order', () => {
    const ids = segmentText(second).map((b) => b.id);
    const expected = [...Array.from({ length: 12 }, (_, i) => `paragraph-${i + 1}`), 'caption-1', 'paragraph-13', 'paragraph-14', 'paragraph-15', 'paragraph-16'];
    assert.deepEqual(ids.slice(0, expected.length), expected);
    assert.equal(segmentText(second).find((b) => b.id === 'paragraph-12')!.text.slice(0, 40), 'Voice of America did not identify the mo');
  });

  test('the second article has no headline and no byline: it starts with a paragraph', () => {
    const blocks = blocksOf(second);
    assert.equal(blocks.filter((b) => b.kind === 'headline' || b.kind === 'byline').length, 0);
    assert.equal(blocks[0]!.id, 'paragraph-1');
    assert.ok(blocks[0]!.text.startsWith('North Korean dictator Kim Jong-un on Wednesday led'));
  });

  test('labels are readable and follow the ids', () => {
    const labels = new Map(blocksOf(first).map((b) => [b.id, b.label]));
    assert.equal(labels.get('paragraph-3'), 'Paragraph 3');
    assert.equal(labels.get('caption-2'), 'Photo caption 2');
    assert.equal(labels.get('caption-2-repeat'), 'Photo caption 2 (printed again)');
    assert.equal(labels.get('byline'), 'Byline');
  });
});

describe('segmentation fails open', () => {
  test('the issue’s layouts: a capitals byline at the top, a line without punctuation, a "?" headline, a [KCNA/Reuters] credit', () => {
    const raw = [
      'Is the Hwasong-17 ready?',
      'BY JANE ROE',
      'North Korea showed a Hwasong-17 on Thursday.',
      'Officials in Seoul declined to comment',
      'Kim watches the launch. [KCNA/Reuters]',
      'The test was the third this year.',
    ].join('\n\n');
    assert.deepEqual(segmentText(raw).map((b) => `${b.id} ${b.kind}`), [
      'headline headline',
      'byline byline',
      'paragraph-1 paragraph',
      'paragraph-2 paragraph',
      'caption-1 caption',
      'paragraph-3 paragraph',
    ]);
  });

  test('a hard-wrapped paragraph is one block with all its lines', () => {
    const raw = 'Headline of a wrapped story\n\nThe North showed what it called a new solid-fuel missile at\nthe exhibition on Wednesday, and state media said its range had\nnot been tested yet.\n';
    const [, paragraph] = segmentText(raw);
    assert.equal(paragraph!.text, raw.slice(raw.indexOf('The North'), raw.lastIndexOf('.') + 1));
  });

  test('the seed sources keep every block id and offset they had, which their metadata recorded', () => {
    for (const id of ['article-000', 'article-004']) {
      const meta = JSON.parse(readFileSync(path.join(ROOT, 'catalog/sources', `${id}.json`), 'utf8'));
      assert.deepEqual(recordBlocks(segmentText(read(id), meta.blockRules)), meta.recordedBlocks, id);
    }
  });

  test("without article-000's block rule, its comment widget is shown: only recognisable chrome is hidden", () => {
    const hidden = segmentText(first).filter((b) => b.kind === 'chrome' && b.start > first.indexOf('BY MICHAEL LEE'));
    assert.deepEqual(hidden.map((b) => b.text), ['Log in to Twitter or Facebook account to connect', 'help-image Social comment?', 'lock icon', 'To write comments, please log in to one of the accounts.', 'Standards Board Policy (0/250자)']);
    const shown = segmentText(first).filter((b) => b.kind === 'paragraph' && b.start > first.indexOf('BY MICHAEL LEE'));
    assert.deepEqual(shown.map((b) => b.text), ['with the Korea JoongAng Daily', 's']);
  });

  test('a block rule decides lines by number or by pattern, and a rule that fits nothing is reported', () => {
    const raw = 'Headline here\n\nA first paragraph.\n\nSponsored by Example Corp\n\nA last paragraph.';
    const rules = [
      { match: '^Sponsored by ', kind: 'chrome' as const, reason: 'an advertiser line' },
      { lines: [1, 1] as [number, number], kind: 'paragraph' as const, reason: 'a kicker, not the headline' },
      { lines: [40, 41] as [number, number], kind: 'chrome' as const, reason: 'stale' },
    ];
    const { blocks, unusedRules } = explainBlocks(raw, rules);
    assert.deepEqual(blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'chrome', 'paragraph']);
    assert.match(blocks[2]!.why, /blockRules\[0\].*an advertiser line/);
    assert.deepEqual(unusedRules, [2]);
  });
});

describe('recorded blocks: the verifier names each citation a re-segmentation moves', () => {
  test('declaring line 2 of article-004 a caption renumbers the paragraphs after it, and exactly their citations are reported', () => {
    const files = readCatalogFiles(ROOT);
    const meta = files.sources.find((s) => s.id === 'article-004')!;
    const parsed = JSON.parse(meta.metaContent!);
    meta.metaContent = JSON.stringify({ ...parsed, blockRules: [{ lines: [2, 2], kind: 'caption', reason: 'test' }] });
    const result = verifyCatalog(files);
    assert.ok(!result.ok);
    const moved = result.violations.filter((v) => v.rule === 'block-moved');
    assert.ok(moved.length > 10);
    for (const v of moved) assert.match(v.message, /was in article-004 (?:paragraph|caption)-\d+ .* is now in (?:paragraph|caption)-\d+ /, v.message);
    // Paragraph 1 keeps its id and offsets, so none of its citations is reported.
    assert.equal(moved.filter((v) => / paragraph-1 \(/.test(v.message)).length, 0);
    assert.ok(moved.some((v) => v.file === 'catalog/entries/hwasong-18.json' && /paragraph-11 .* now in paragraph-10 /.test(v.message)));
    assert.equal(result.violations.filter((v) => v.rule === 'blocks-changed').length, 1);
  });
});
