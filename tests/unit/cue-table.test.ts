import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CUE_ROWS, PSEUDO_CUES, SCOPE_TERMINATORS } from '../../catalog/text/cue-table';
import { findCues, scopeCovers } from '../../catalog/text/cue-scope';

const spanOf = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  assert.ok(start >= 0, `"${words}" is in "${sentence}"`);
  return { start, end: start + words.length };
};

describe('every row of the cue table does what its example says', () => {
  for (const row of CUE_ROWS) {
    test(`${row.kind}: ${row.phrases.slice(0, 3).join(', ')}… — "${row.example.sentence}"`, () => {
      const cues = findCues(row.example.sentence).filter((c) => c.kind === row.kind);
      const covered = spanOf(row.example.sentence, row.example.covers);
      const cue = cues.find((c) => row.phrases.some((p) => c.text.toLowerCase().replace(/\s+/g, ' ') === p.replace(/’/g, "'")) || row.phrases.includes(c.text.toLowerCase()));
      assert.ok(cue, `a ${row.kind} cue of this row is found in the example (found: ${cues.map((c) => c.text).join(', ') || 'none'})`);
      assert.ok(scopeCovers(cue, covered), `its scope covers "${row.example.covers}"`);
      if (row.level) assert.equal(cue.level, row.level);
      assert.equal(cue.negative, row.negative ?? false);
    });
  }
});

describe('pseudo-cues are not cues', () => {
  for (const { phrase, example } of PSEUDO_CUES) {
    test(`"${phrase}" in "${example}"`, () => {
      const at = spanOf(example.toLowerCase(), phrase);
      const inside = findCues(example).filter((c) => c.start >= at.start && c.end <= at.end);
      assert.deepEqual(inside.map((c) => c.text), []);
    });
  }
});

describe('terminators end a scope', () => {
  for (const t of SCOPE_TERMINATORS) {
    test(`"${t.example.sentence}": "${t.example.outside}" is outside the scope of the cues before it`, () => {
      const outside = spanOf(t.example.sentence, t.example.outside);
      const before = findCues(t.example.sentence).filter((c) => c.end <= outside.start && t.ends.includes(c.kind));
      assert.ok(before.length > 0, 'the example has a cue before the terminator');
      for (const cue of before) assert.ok(!scopeCovers(cue, outside), `"${cue.text}" does not reach "${t.example.outside}"`);
    });
  }
});
