import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { archivedExtras, findSource } from '../../catalog/views';

describe('archivedExtras', () => {
  test('names what the reader leaves out of an archived text, and nothing when it leaves nothing out', () => {
    const first = findSource('article-000')!;
    const chrome = first.blocks.filter((b) => b.kind === 'chrome').length;
    const repeats = first.blocks.filter((b) => b.duplicateOf).length;
    assert.ok(chrome > 1 && repeats > 1);
    assert.equal(
      archivedExtras(first),
      `the ${chrome} passages of the website’s own text around the article and the second copy of ${repeats} passages printed twice`,
    );
    assert.equal(archivedExtras(findSource('article-004')!), null);
  });
});
