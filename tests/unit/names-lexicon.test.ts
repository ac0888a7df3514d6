import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { namesLexicon } from '../../catalog/text/names-lexicon-source';
import { tagTerms } from '../../catalog/text/tag-terms';

test('names-lexicon.json holds what the installed compromise says (else run npm run names-lexicon)', () => {
  const file = JSON.parse(readFileSync(new URL('../../catalog/text/names-lexicon.json', import.meta.url), 'utf8'));
  const now = namesLexicon();
  assert.equal(file.from, now.from);
  assert.deepEqual(file.words, now.words);
  assert.ok(Object.keys(file.words).length > 1000, 'the lexicon has the kinds of names it should');
});

test('the tagger reads kinds of names from the lexicon file', () => {
  const tags = (text: string, word: string) => [...(tagTerms(text).find((t) => t.text === word)?.tags ?? [])];
  assert.ok(tags('Japan said the test failed.', 'Japan').includes('Country'));
  assert.ok(tags('Officials in Seoul said so.', 'Seoul').includes('Place'));
  assert.ok(!tags('Officials in Seoul said so.', 'Officials').includes('Place'));
});
