import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { findClosest, findExact, matchQuote } from '../../catalog/text/match-quote';

const ROOT = path.resolve(import.meta.dirname, '../..');
const first = readFileSync(path.join(ROOT, 'catalog/sources/article-000.txt'), 'utf8');
const second = readFileSync(path.join(ROOT, 'catalog/sources/article-004.txt'), 'utf8');

// "the Hwasong-18" occurs twice in one paragraph of the second article.
const NAMED = 'Named the Hwasong-18, North Korea claimed it was a solid-fuel missile';
const CAPABLE = 'the Hwasong-18 appeared capable of hitting';
const namedAt = second.indexOf(NAMED) + 'Named '.length;
const capableAt = second.indexOf(CAPABLE);

describe('matchQuote', () => {
  test('finds a quote that is in the text, with score 1', () => {
    const quote = 'the MQ 9 Reaper, a hunter-killer UAV.';
    const match = matchQuote(second, quote);
    assert.ok(match);
    assert.equal(second.slice(match.start, match.end), quote);
    assert.equal(match.score, 1);
  });

  test('several occurrences: the first by default, prefix or suffix picks one', () => {
    assert.ok(namedAt > 0 && capableAt > namedAt);
    assert.equal(matchQuote(second, 'the Hwasong-18')?.start, namedAt);
    assert.equal(matchQuote(second, 'the Hwasong-18', { prefix: 'Named ' })?.start, namedAt);
    assert.equal(matchQuote(second, 'the Hwasong-18', { prefix: 'following the test that ' })?.start, capableAt);
    assert.equal(matchQuote(second, 'the Hwasong-18', { suffix: ' appeared capable' })?.start, capableAt);
  });

  test('several occurrences: the hint picks the nearest one', () => {
    assert.equal(matchQuote(second, 'the Hwasong-18', { hint: capableAt - 5 })?.start, capableAt);
    assert.equal(matchQuote(second, 'the Hwasong-18', { hint: namedAt + 5 })?.start, namedAt);
  });

  test('a quote with a typo falls back to the closest passage, with a score below 1', () => {
    const typo = 'the Hwasong-18 apeared capable of hitting';
    assert.deepEqual(findExact(second, typo), []);
    const match = matchQuote(second, typo);
    assert.ok(match);
    assert.equal(second.slice(match.start, match.end), CAPABLE);
    assert.ok(match.score < 1 && match.score > 0.9, `score ${match.score}`);
  });

  test('straight quotation marks anchor to the whole passage, closing mark included', () => {
    const match = findClosest(second, 'capable of hitting "most points on Earth."');
    assert.ok(match);
    assert.equal(second.slice(match.start, match.end), 'capable of hitting “most points on Earth.”');
  });

  test('text that is not in the article gives null', () => {
    assert.equal(matchQuote(second, 'a submarine-launched cruise missile was test-fired off Sinpo'), null);
    assert.equal(findClosest(first, 'a submarine-launched cruise missile was test-fired off Sinpo'), null);
  });
});

describe('findExact', () => {
  test('lists every occurrence in order', () => {
    assert.deepEqual(findExact(second, 'the Hwasong-18'), [namedAt, capableAt]);
    assert.deepEqual(findExact(second, 'Hwasong-19'), []);
  });

  test('curly and straight quotation marks are different characters', () => {
    const curly = 'the North’s state-controlled Korean Central News Agency (KCNA)';
    const straight = "the North's state-controlled Korean Central News Agency (KCNA)";
    assert.equal(findExact(first, curly).length, 1);
    assert.deepEqual(findExact(first, straight), []);
    // Anchoring still finds the passage, but only as an approximate match.
    const approx = matchQuote(first, straight);
    assert.ok(approx && approx.score < 1);
    assert.equal(first.slice(approx.start, approx.end), curly);
    assert.equal(findExact(second, 'capable of hitting “most points on Earth.”').length, 1);
    assert.deepEqual(findExact(second, 'capable of hitting "most points on Earth."'), []);
  });
});
