import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LEXICON, LIST_IDS, SCOPE_TERMINATORS } from '../../catalog/text/cue-table';
import { findCues, scopeCovers } from '../../catalog/text/cue-scope';
import { CORPUS } from '../corpus/index';

const spanOf = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  assert.ok(start >= 0, `"${words}" is in "${sentence}"`);
  return { start, end: start + words.length };
};
const same = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'") === b.toLowerCase().replace(/’/g, "'");
const phrases = LEXICON.flatMap((g) => g.phrases.map((p) => ({ group: g, phrase: p })));

describe('the lexicon', () => {
  test('has at least 300 phrases, each once, each naming a published list', () => {
    assert.ok(phrases.length >= 300, `${phrases.length} phrases`);
    const seen = new Set(phrases.map(({ phrase }) => phrase[0]));
    assert.equal(seen.size, phrases.length, 'no phrase is listed twice');
    for (const { phrase } of phrases) assert.ok(LIST_IDS.includes(phrase[1]), `"${phrase[0]}" names a known list`);
  });

  test('every phrase has a sentence of its own, and the corpus uses every phrase', () => {
    assert.equal(new Set(phrases.map(({ phrase }) => phrase[2])).size, phrases.length, 'no two phrases share an example sentence');
    const texts = CORPUS.map((c) => c.text.toLowerCase().replace(/’/g, "'"));
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const unused = phrases
      .map(({ phrase }) => phrase[0])
      .filter((p) => !texts.some((t) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(p.replace(/’/g, "'"))}(?![\\p{L}\\p{N}])`, 'u').test(t)));
    assert.deepEqual(unused, [], 'every phrase occurs in a corpus passage');
  });
});

describe('every phrase of the lexicon does what its sentence says', () => {
  for (const { group, phrase } of phrases) {
    const [words, list, sentence, covers] = phrase;
    test(`${group.role} "${words}" (${list}): "${sentence}"`, () => {
      const cues = findCues(sentence);
      const target = spanOf(sentence, covers);
      if (group.role === 'cue') {
        const cue = cues.find((c) => c.kind === group.kind && same(c.text, words));
        assert.ok(cue, `a ${group.kind} cue "${words}" is found (found: ${cues.map((c) => `${c.kind}:${c.text}`).join(', ') || 'none'})`);
        assert.ok(scopeCovers(cue, target), `its scope covers "${covers}"`);
        assert.equal(cue.level, group.level);
        assert.equal(cue.negative, group.negative ?? false);
      } else if (group.role === 'pseudo') {
        const at = spanOf(sentence.toLowerCase().replace(/’/g, "'"), words.replace(/’/g, "'"));
        assert.deepEqual(cues.filter((c) => c.start < at.end && at.start < c.end).map((c) => c.text), [], 'no cue lies inside it');
      } else {
        const report = cues.find((c) => c.kind === 'report' && scopeCovers(c, target));
        assert.ok(report, `a report covers "${covers}"`);
        const party = report.speaker?.text ?? '';
        if (group.role === 'party') assert.ok(party.toLowerCase().includes(words), `the party "${party}" holds "${words}"`);
        else assert.ok(!party.toLowerCase().includes(words) && !same(report.text, words), `"${words}" is neither the party "${party}" nor the cue`);
      }
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
