import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { getCatalog } from '../../catalog/index';
import { nestSpans, type Span, type SpanNode } from '../../catalog/text/nest-spans';
import { readerBlocks } from '../../catalog/views';

const ROOT = path.resolve(import.meta.dirname, '../..');

// Paragraphs 11 and 12 of the first article and paragraph 12 of the second.
const STOCKPILE =
  'Arms stockpiled by Pyongyang that would fit Moscow’s needs include weapons based on Soviet designs, such as 122-millimeter shells and multiple rocket launcher rounds that would be compatible with Russian systems.';
const MUNITIONS =
  'Such munitions would go a long way to support Russia’s current intensive use of artillery and missiles, which the North also does not lack.';
const UNIDENTIFIED =
  'Voice of America did not identify the model ICBMs present for the exhibition Shoigu attended, but Japan’s Kyodo News claimed they appeared to be Hwasong-18s.';

/** The span of `phrase` in `text` (its first occurrence). */
function at(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, `fixture: "${phrase}" is in the passage`);
  return { start, end: start + phrase.length };
}
const quote = (text: string, phrase: string, anchor: string): Span => ({ kind: 'quote', anchor, ...at(text, phrase) });
const mention = (text: string, phrase: string, ...entries: string[]): Span => ({ kind: 'mention', entries, ...at(text, phrase) });

/** The tree as markup, so nesting can be read at a glance. */
function markup(nodes: SpanNode[]): string {
  return nodes
    .map((n) => {
      if (n.kind === 'text') return n.text;
      if (n.kind === 'quote') return `<q ${n.anchor}>${markup(n.children)}</q>`;
      return `<m ${n.entries.join(',')}>${markup(n.children)}</m>`;
    })
    .join('');
}
const textOf = (nodes: SpanNode[]) => markup(nodes).replace(/<[^>]*>/g, '');

/** The text of every piece of the quote `anchor`, in reading order. */
function piecesOf(nodes: SpanNode[], anchor: string): string[] {
  return nodes.flatMap((n) => {
    if (n.kind === 'text') return [];
    if (n.kind === 'quote' && n.anchor === anchor) return [textOf(n.children)];
    return piecesOf(n.children, anchor);
  });
}

describe('nestSpans', () => {
  test('a quote inside another quote nests inside it', () => {
    const outer = quote(STOCKPILE, STOCKPILE, 'all');
    const inner = quote(STOCKPILE, 'such as 122-millimeter shells and multiple rocket launcher rounds', 'such-as');
    const tree = nestSpans(STOCKPILE, [inner, outer]);
    assert.equal(
      markup(tree),
      '<q all>Arms stockpiled by Pyongyang that would fit Moscow’s needs include weapons based on Soviet designs, ' +
        '<q such-as>such as 122-millimeter shells and multiple rocket launcher rounds</q> that would be compatible with Russian systems.</q>',
    );
  });

  test('a mention inside a quote is a link inside the quote', () => {
    const spans = [
      quote(STOCKPILE, 'such as 122-millimeter shells and multiple rocket launcher rounds', 'such-as'),
      mention(STOCKPILE, '122-millimeter shells', '122-millimeter-shells'),
      mention(STOCKPILE, 'multiple rocket launcher rounds', 'multiple-rocket-launcher-rounds'),
    ];
    assert.equal(
      markup(nestSpans(STOCKPILE, spans)),
      'Arms stockpiled by Pyongyang that would fit Moscow’s needs include weapons based on Soviet designs, <q such-as>such as ' +
        '<m 122-millimeter-shells>122-millimeter shells</m> and <m multiple-rocket-launcher-rounds>multiple rocket launcher rounds</m>' +
        '</q> that would be compatible with Russian systems.',
    );
  });

  test('one phrase that refers to two systems is one mention linking both', () => {
    const spans = [
      mention(MUNITIONS, 'Such munitions', '122-millimeter-shells'),
      mention(MUNITIONS, 'Such munitions', 'multiple-rocket-launcher-rounds'),
      quote(MUNITIONS, MUNITIONS, 'use'),
    ];
    const tree = nestSpans(MUNITIONS, spans);
    assert.ok(markup(tree).startsWith('<q use><m 122-millimeter-shells,multiple-rocket-launcher-rounds>Such munitions</m> would go'));
    assert.equal(markup(tree).match(/<m /g)?.length, 1);
  });

  test('a span crossing the end of a quote is split there, so the markup nests properly', () => {
    const spans = [
      quote(STOCKPILE, 'Arms stockpiled by Pyongyang that would fit Moscow’s needs include weapons based on Soviet designs, such as 122-millimeter shells', 'arms'),
      quote(STOCKPILE, '122-millimeter shells and multiple rocket launcher rounds that would be compatible with Russian systems.', 'compatible'),
    ];
    assert.equal(
      markup(nestSpans(STOCKPILE, spans)),
      '<q arms>Arms stockpiled by Pyongyang that would fit Moscow’s needs include weapons based on Soviet designs, such as ' +
        '<q compatible>122-millimeter shells</q></q><q compatible> and multiple rocket launcher rounds that would be compatible with Russian systems.</q>',
    );
  });

  test('a mention crossing the end of a quote is split there: its first part stays inside', () => {
    const spans = [
      quote(STOCKPILE, 'weapons based on Soviet designs, such as 122-millimeter', 'designs'),
      mention(STOCKPILE, '122-millimeter shells', '122-millimeter-shells'),
    ];
    const tree = nestSpans(STOCKPILE, spans);
    assert.ok(
      markup(tree).includes(
        '<q designs>weapons based on Soviet designs, such as <m 122-millimeter-shells>122-millimeter</m></q><m 122-millimeter-shells> shells</m> and',
      ),
      markup(tree),
    );
    assert.equal(textOf(tree), STOCKPILE);
  });

  test('a mention inside another mention joins it: links do not nest, but both systems stay linked', () => {
    const spans = [mention(UNIDENTIFIED, 'the model ICBMs', 'hwasong-18'), mention(UNIDENTIFIED, 'ICBMs', 'intercontinental-ballistic-missiles')];
    const tree = nestSpans(UNIDENTIFIED, spans);
    assert.equal(
      markup(tree),
      'Voice of America did not identify <m hwasong-18,intercontinental-ballistic-missiles>the model ICBMs</m> present for the ' +
        'exhibition Shoigu attended, but Japan’s Kyodo News claimed they appeared to be Hwasong-18s.',
    );
  });

  test('a quote that starts inside a mention splits the mention, never itself', () => {
    const spans = [
      mention(STOCKPILE, 'multiple rocket launcher rounds', 'multiple-rocket-launcher-rounds'),
      quote(STOCKPILE, 'rounds that would be compatible with Russian systems.', 'compatible'),
    ];
    assert.equal(
      markup(nestSpans(STOCKPILE, spans)).slice(STOCKPILE.indexOf('multiple')),
      '<m multiple-rocket-launcher-rounds>multiple rocket launcher </m><q compatible><m multiple-rocket-launcher-rounds>rounds</m> that would be compatible with Russian systems.</q>',
    );
  });

  test('with no spans the tree is the plain text', () => {
    assert.deepEqual(nestSpans(MUNITIONS, []), [{ kind: 'text', text: MUNITIONS }]);
  });
});

describe('nestSpans on every passage of the real catalog', () => {
  getCatalog(ROOT);
  const blocks = ['article-000', 'article-004'].flatMap((id) => readerBlocks(id).map((r) => ({ id, ...r })));

  test('the tree always spells out the passage exactly', () => {
    assert.ok(blocks.length > 40);
    for (const { id, block, nodes } of blocks) assert.equal(textOf(nodes), block.text, `${id} ${block.id}`);
  });

  test('each quote is marked whole, once: in the passage or in its own alternate copy', () => {
    const { entries } = getCatalog(ROOT);
    let checked = 0;
    for (const { id, block, nodes, alternates } of blocks) {
      for (const c of entries.flatMap((e) => e.citations).filter((c) => c.source === id && c.block === block.id)) {
        const inMain = piecesOf(nodes, c.anchor);
        const inAlternates = alternates.flatMap((a) => piecesOf(a.nodes, c.anchor));
        assert.deepEqual([...inMain, ...inAlternates], [c.quote], `${id} ${c.anchor}`);
        checked++;
      }
    }
    assert.ok(checked > 40);
  });
});
