import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { differenceViews, findEntry } from '../../catalog/views';

describe('a difference shows each side as its own statement', () => {
  test('the artillery accusation and its denial: each side shows its own value, citing the shared quote', () => {
    const entry = findEntry('artillery-shells')!;
    const [difference] = differenceViews(entry);
    assert.ok(difference, 'the artillery shells have a difference');
    const words = difference.sides.map((s) => s.words);
    assert.ok(words[0]!.includes('North Korea of supplying arms including millions of artillery shells to Russia'), words[0]);
    assert.ok(words[1]!.includes('which the North has denied'), words[1]);
    assert.ok(!words[1]!.includes('has accused North Korea'), `the denial shows the whole quote: ${words[1]}`);
    for (const side of difference.sides) assert.equal(side.refs.length, 1, 'the quote is the side’s citation');
  });
});
