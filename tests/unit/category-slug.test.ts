import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { categorySlug, legacyCategorySlug } from '../../catalog/views/browse';

describe('category addresses', () => {
  test('keep their words apart, readable; one-word categories keep the addresses they had', () => {
    assert.equal(categorySlug('artillery shells'), 'artillery-shells');
    assert.equal(categorySlug('multiple rocket launcher rounds'), 'multiple-rocket-launcher-rounds');
    for (const one of ['UAV', 'missile', 'arms', 'aircraft']) assert.equal(categorySlug(one), legacyCategorySlug(one), one);
    assert.equal(legacyCategorySlug('artillery shells'), 'artilleryshells', 'the older address, still answered');
  });
});
