import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findCues, isSpeakerOf, scopeCovers, type CueMatch } from '../../catalog/text/cue-scope';
import { splitSentences } from '../../catalog/text/sentences';

const span = (text: string, words: string, from = 0) => {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `"${words}" is in the fixture`);
  return { start, end: start + words.length };
};
/** The cues whose scope covers `words`, as "kind:text". */
const covering = (text: string, words: string) =>
  findCues(text)
    .filter((c) => scopeCovers(c, span(text, words)) && !(c.start >= span(text, words).start && c.end <= span(text, words).end))
    .map((c) => `${c.kind}:${c.text}`);
const cue = (text: string, words: string): CueMatch => {
  const found = findCues(text).find((c) => c.text === words);
  assert.ok(found, `cue "${words}" is found`);
  return found;
};

describe('scope edge cases', () => {
  test('"not only … but also" is no negation', () => {
    const text = 'The launcher is not only mobile but also fast to reload.';
    assert.deepEqual(covering(text, 'mobile'), []);
    assert.deepEqual(covering(text, 'fast to reload'), []);
  });

  test('"did not deny" leaves the statement uncommitted, not negated', () => {
    const text = 'The ministry did not deny that the plant builds rocket motors.';
    assert.deepEqual(covering(text, 'the plant builds rocket motors'), ['hedge:did not deny']);
    assert.equal(cue(text, 'did not deny').level, 'underspecified');
  });

  test('"no longer" negates what follows', () => {
    const text = 'The old drones are no longer flown by the navy.';
    assert.deepEqual(covering(text, 'flown by the navy'), ['negation:no longer']);
  });

  test('"which the North has denied" is a report of its own, looking back, that the earlier report does not cover', () => {
    const text = 'The agency accused the North of selling rockets abroad, which the North has denied.';
    assert.deepEqual(covering(text, 'selling rockets abroad'), ['report:accused', 'report:denied']);
    assert.deepEqual(covering(text, 'which the North has'), []);
    const denied = cue(text, 'denied');
    assert.equal(denied.speaker?.text, 'the North');
    assert.equal(denied.negative, true);
  });

  test('a hedge in one clause does not reach the value in the next', () => {
    const text = 'The rocket may carry a decoy; it was painted grey.';
    assert.deepEqual(covering(text, 'painted grey'), []);
    assert.deepEqual(covering(text, 'carry a decoy'), ['modal:may']);
  });

  test('a hedge in one sentence does not reach the next sentence', () => {
    const text = 'The drone appeared damaged. It landed at the base on Friday.';
    assert.deepEqual(covering(text, 'landed at the base'), []);
  });

  test('a quotation inside a report: the report covers the quotation, a cue inside it stops at its closing mark', () => {
    const text = 'The spokesman said the drone was “not yet ready for combat” and would be shown in May.';
    assert.deepEqual(covering(text, 'ready for combat'), ['report:said', 'negation:not yet']);
    assert.deepEqual(covering(text, 'shown in May'), ['report:said', 'modal:would']);
  });

  test('a report after its quotation looks back to the opening mark, and the quotation after it continues it', () => {
    const text = '“The hall held two launchers,” the radio reported. “Both were new.” The crowd cheered.';
    const reported = cue(text, 'reported');
    assert.equal(reported.speaker?.text, 'the radio');
    assert.ok(scopeCovers(reported, span(text, 'The hall held two launchers')));
    assert.ok(scopeCovers(reported, span(text, 'Both were new')));
    assert.ok(!scopeCovers(reported, span(text, 'The crowd cheered')));
  });

  test('"according to" covers what follows it at the start of a sentence, and what precedes it at the end', () => {
    const first = 'According to the agency, the drone flew for ten hours.';
    assert.equal(cue(first, 'According to').speaker?.text, 'the agency');
    assert.deepEqual(covering(first, 'the drone flew'), ['report:According to']);
    const last = 'The drone flew for ten hours, according to the agency.';
    assert.deepEqual(covering(last, 'The drone flew'), ['report:according to']);
  });

  test('a modal that opens a relative clause covers the clause, not the rest of the sentence', () => {
    const text = 'Shells that would suit the army include rounds based on old designs.';
    assert.deepEqual(covering(text, 'suit the army'), ['modal:would']);
    assert.deepEqual(covering(text, 'rounds based on old designs').filter((c) => c.startsWith('modal')), []);
  });

  test('a subordinate clause of time ends a report: "…, a day after its neighbors said…"', () => {
    const text = 'State radio said the test succeeded, a day after its neighbors said they had seen it fail.';
    assert.deepEqual(covering(text, 'they had seen it fail'), ['report:said']);
    assert.equal(findCues(text).find((c) => scopeCovers(c, span(text, 'they had seen it fail')))?.speaker?.text, 'its neighbors');
  });

  test('a likeness names one thing: its scope ends at the comma', () => {
    const text = 'The rounds are based on old designs, such as those shown in 1990.';
    assert.deepEqual(covering(text, 'old designs'), ['likeness:based on']);
    assert.deepEqual(covering(text, 'those shown in 1990'), []);
  });
});

describe('who reports', () => {
  const text = 'The radio station, citing two officials, reported that the rocket flew, but the ministry also claimed it fell.';
  test('the party before the verb, past auxiliaries and one aside, is the speaker', () => {
    const reported = cue(text, 'reported');
    const party = span(text, 'The radio station');
    assert.ok(isSpeakerOf(text, reported, party.start, party.end));
    const claimed = cue(text, 'claimed');
    const ministry = span(text, 'the ministry');
    assert.ok(isSpeakerOf(text, claimed, ministry.start, ministry.end));
  });

  test('another party in the same passage is not', () => {
    const claimed = cue(text, 'claimed');
    const radio = span(text, 'The radio station');
    assert.ok(!isSpeakerOf(text, claimed, radio.start, radio.end));
    const officials = span(text, 'two officials');
    assert.ok(!isSpeakerOf(text, cue(text, 'reported'), officials.start, officials.end));
  });
});

describe('sentences', () => {
  test('abbreviations, initialisms and initials do not end a sentence; a year before a capital does', () => {
    const text = 'The U.S. Navy saw it on Nov. 18, 2022. Gen. Park said so. John F. Smith agreed.';
    assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), [
      'The U.S. Navy saw it on Nov. 18, 2022.',
      'Gen. Park said so.',
      'John F. Smith agreed.',
    ]);
  });
});
