import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { segmentText } from '../../catalog/text/segment';

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
