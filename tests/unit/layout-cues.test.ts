import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  BYLINE_CUE,
  CAPTION_CREDIT_CUES,
  CHROME_CUES,
  DATELINE_CUE,
  EDITORS_NOTE_CUE,
  HEADLINE_SLUG_CUE,
  LIST_ITEM_CUE,
  NOTE_CUES,
  SCRAPER_STAMP_CUE,
  TIMESTAMP_CUE,
  matchByline,
} from '../../catalog/text/layout-cues';
import { explainBlocks, findCaptionCredit } from '../../catalog/text/segment';
import { headlineWords } from '../../catalog/text/stated-metadata';

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
  for (const cue of NOTE_CUES) {
    test(`note, ${cue.why}: "${cue.example}"`, () => {
      assert.match(cue.example, cue.pattern);
      assert.deepEqual([decide(cue.example).kind, decide(cue.example).why], ['note', `note: ${cue.why}`]);
      // After a scraper's stamp, at the top of the text, it is still a note and never the headline.
      const [first] = explainBlocks(`date 2023-07-27 ${cue.example}\nShort headline of the story\n\nThe story begins here.`).blocks;
      assert.equal(first!.kind, 'note');
      assert.match(first!.why, /after a scraper's date stamp "date 2023-07-27"/);
    });
  }
  test("a scraper's stamp: alone it is a date line that is not the article's date; before a line, it is left out of the headline", () => {
    assert.match(SCRAPER_STAMP_CUE.example, SCRAPER_STAMP_CUE.pattern);
    const [stamp, headline] = explainBlocks('date 2023-07-29\n\nPyongyang shows new drones\n\nThe story.').blocks;
    assert.deepEqual([stamp!.kind, headline!.kind], ['timestamp', 'headline']);
    assert.match(stamp!.why, /when the page was saved/);
    assert.equal(headlineWords('date 2023-07-29 10:42 Pyongyang shows new drones').value, 'Pyongyang shows new drones');
    // "Date:" with a capital, as a site prints it, is the site's own date line.
    assert.doesNotMatch('Date: 2023-07-29', SCRAPER_STAMP_CUE.pattern);
  });
  test("a wire service's mark before the headline is not the headline's own words", () => {
    assert.match(HEADLINE_SLUG_CUE.example, HEADLINE_SLUG_CUE.pattern);
    for (const [line, value] of [
      ['(LEAD) Kim shows Shoigu new attack drones', 'Kim shows Shoigu new attack drones'],
      ['(2nd LD) Kim shows Shoigu new attack drones', 'Kim shows Shoigu new attack drones'],
      ["UPDATE 1-N.Korea's Kim hosts Russia's Shoigu", "N.Korea's Kim hosts Russia's Shoigu"],
      ['REFILE-North Korea shows drones', 'North Korea shows drones'],
      ['North Korea shows drones', 'North Korea shows drones'],
    ]) {
      assert.equal(headlineWords(line!).value, value, line);
    }
  });
  test('a list item is a passage of its own, however wide the list', () => {
    assert.match(LIST_ITEM_CUE.example, LIST_ITEM_CUE.pattern);
    const list = ['Analysts listed the following:', '', '- 152-millimeter artillery shells, the standard round', '- 122-millimeter artillery shells, for older towed guns', '- 240-millimeter rockets for heavy launchers'];
    const { blocks } = explainBlocks(['First passage of the article.', '', ...list].join('\n'));
    assert.deepEqual(blocks.map((b) => b.text.slice(0, 6)), ['First ', 'Analys', '- 152-', '- 122-', '- 240-']);
  });
  test("an image's alt text: a name-and-title line right before a caption, even on the caption's next line", () => {
    const raw = [
      'The arms fair',
      '',
      'The visit was the first of its kind.',
      '',
      "Kim Jong Un, General Secretary of the Workers' Party of Korea",
      'Kim Jong Un points at a display stand during the arms exhibition. (KCNA via Reuters)',
      '',
      'Officials in Seoul declined to comment',
      '',
      'The report ended there.',
    ].join('\n');
    const kinds = explainBlocks(raw).blocks.map((b) => b.kind);
    assert.deepEqual(kinds, ['headline', 'paragraph', 'alt-text', 'caption', 'paragraph', 'paragraph']);
  });
});

