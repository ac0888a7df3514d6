import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BYLINE_CUE, CAPTION_CREDIT_CUES, CHROME_CUES, DATELINE_CUE, EDITORS_NOTE_CUE, TIMESTAMP_CUE, matchByline } from '../../catalog/text/layout-cues';
import { explainBlocks, findCaptionCredit } from '../../catalog/text/segment';

/** The kind and reason the segmenter gives one line standing alone between blank lines. */
const decide = (line: string) => {
  const [block] = explainBlocks(`First passage of the article.\n\n${line}\n`).blocks.slice(1);
  return block!;
};

describe('layout cues: each row fits its example, and the segmenter applies it', () => {
  for (const cue of CHROME_CUES) {
    test(`site chrome, ${cue.why}: "${cue.example}"`, () => {
      assert.match(cue.example, cue.pattern);
      assert.deepEqual([decide(cue.example).kind, decide(cue.example).why], ['chrome', `site chrome: ${cue.why}`]);
    });
  }
  for (const cue of CAPTION_CREDIT_CUES) {
    test(`photo credit, ${cue.why}: "${cue.example}"`, () => {
      assert.match(cue.example, cue.pattern);
      assert.equal(findCaptionCredit(cue.example)?.why, cue.why);
      assert.equal(decide(cue.example).kind, 'caption');
    });
  }
  test('bylines: in capitals or mixed case, with or without an e-mail address, never the address itself', () => {
    assert.match(BYLINE_CUE.example, BYLINE_CUE.pattern);
    const names: [string, string][] = [
      ['BY JANE ROE', 'JANE ROE'],
      ['By Kim Soo-yeon', 'Kim Soo-yeon'],
      ['By Kim Soo-yeon (soo-yeon.kim@example.com)', 'Kim Soo-yeon'],
      ['BY MICHAEL LEE [lee.junhyuk@joongang.co.kr]', 'MICHAEL LEE'],
      ['By Jane Roe and John Doe', 'Jane Roe and John Doe'],
    ];
    for (const [line, value] of names) {
      assert.equal(matchByline(line)?.names, value, line);
      assert.equal(decide(line).kind, 'byline', line);
    }
    for (const prose of ['By Tuesday, the launchers had left the square.', 'By then the North had fired three missiles.', 'By Friday']) {
      assert.equal(matchByline(prose), null, prose);
      assert.equal(decide(prose).kind, 'paragraph', prose);
    }
  });
  test('date lines and editor’s notes', () => {
    for (const line of [TIMESTAMP_CUE.example, 'Posted : 2023-07-28 17:20', 'Updated July 29, 2023 at 8:05 a.m.', 'July 28, 2023', 'Published : Jul 28, 2023 - 15:30']) {
      assert.equal(decide(line).kind, 'timestamp', line);
    }
    assert.match(EDITORS_NOTE_CUE.example, EDITORS_NOTE_CUE.pattern);
    assert.equal(decide(EDITORS_NOTE_CUE.example).kind, 'note');
  });
  test('datelines name the place, the date and the agency', () => {
    const cases: [string, Record<string, string | undefined>][] = [
      [DATELINE_CUE.example, { place: 'SEOUL', date: 'July 28', agency: 'Yonhap' }],
      ['SEOUL (AFP) - North Korea fired two missiles.', { place: 'SEOUL', date: undefined, agency: 'AFP' }],
      ['SEOUL, South Korea (AP) — The North launched a drone.', { place: 'SEOUL', date: undefined, agency: 'AP' }],
    ];
    for (const [line, groups] of cases) {
      const m = DATELINE_CUE.pattern.exec(line);
      assert.deepEqual({ place: m?.groups?.place, date: m?.groups?.date, agency: m?.groups?.agency }, groups, line);
    }
    assert.equal(DATELINE_CUE.pattern.exec('North Korea - a country of 26 million - fired a missile.'), null);
  });
});
