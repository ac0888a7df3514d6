import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveSiteUrl } from '../../scripts/site-url.mjs';

test('npm start builds for the address it serves on unless SITE_URL is set', () => {
  assert.equal(resolveSiteUrl({}), 'http://localhost:3000');
  assert.equal(resolveSiteUrl({ PORT: '8080' }), 'http://localhost:8080');
  assert.equal(resolveSiteUrl({ PORT: '8080', SITE_URL: 'https://catalog.example.org/' }), 'https://catalog.example.org');
  assert.equal(resolveSiteUrl({ SITE_URL: '' }), 'http://localhost:3000');
});
