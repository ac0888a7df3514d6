import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runCatalogCliHere, spawnCatalogCli, type CliRun } from './support/run-cli';

const withFirst = (run: CliRun) => ({ ...run, first: run.out.split('\n')[0] });
/** `npm run catalog -- lookup …`, run in this process (the first test runs the real process). */
async function lookup(...args: string[]) {
  return withFirst(await runCatalogCliHere(['lookup', ...args]));
}

describe('catalog lookup: an entry, with certainty and speaker where each fact is read', () => {
  test('"hwasong 18" prints the entry, each fact with who says it and how surely, and the quotes behind them', async () => {
    const { code, out, first } = withFirst(spawnCatalogCli(['lookup', 'hwasong 18']));
    assert.equal(code, 0);
    assert.equal(first, 'Hwasong-18  (missile)');
    assert.match(out, /Propellant: North Korea claimed: solid-fuel \[\d+\]\n {6}“North Korean dictator Kim Jong-un…”, Paragraph 11 · no hedge/);
    assert.match(out, /Capability: United Nations officials said: appeared capable of hitting “most points on Earth\.” \[\d+\]\n {6}“North Korean dictator Kim Jong-un…”, Paragraph 11 · hedged with “appeared”/);
    assert.match(out, /“Named the Hwasong-18, North Korea claimed it was a solid-fuel missile”\n\s+“North Korean dictator Kim Jong-un on Wednesday led Russian…”, Paragraph 11/);
  });

  test('it always prints what the sources do not state', async () => {
    assert.match((await lookup('hwasong 18')).out, /^Not stated in these sources: Size and dimensions, Weight, Payload, Warhead, Speed, Guidance, Endurance, Crew, Entry into service, Quantity$/m);
    assert.match((await lookup('122mm')).out, /^ {2}Size and dimensions: not stated as such\. The passages say: “Arms stockpiled by Pyongyang/m);
  });

  test('quotes the facts do not use are grouped under "Also mentioned in"', async () => {
    const { out } = await lookup('new unmanned aerial vehicle');
    const [facts, others] = out.split('Also mentioned in');
    assert.ok(others, out);
    assert.match(others, /“the combat drone”/);
    assert.doesNotMatch(facts!.split('Quotes behind these facts')[1]!, /“the combat drone”/);
  });

  test('matches the way the site does: spelling, case and typos in names', async () => {
    assert.equal((await lookup('HWASONG18')).first, 'Hwasong-18  (missile)');
    assert.equal((await lookup('mq-9')).first, 'MQ 9 Reaper  (UAV)');
    assert.equal((await lookup('intercontinental balistic')).first, 'intercontinental ballistic missiles  (missile)');
  });

  test('a typo in the letters of a designation is forgiven, and says what it matched', async () => {
    const { code, out, first } = await lookup('hwasnog 17');
    assert.equal(code, 0);
    assert.equal(first, 'Hwasong-17  (missile)');
    assert.match(out, /^\(Read “hwasnog 17” as Hwasong-17\.\)$/m);
  });
});

describe('catalog lookup: designations no source names', () => {
  for (const [query, named, others] of [
    ['Hwasong-15', 'Hwasong-15', 'Hwasong-12, Hwasong-17, Hwasong-18'],
    ['hwasong-19', 'hwasong-19', 'Hwasong-12, Hwasong-17, Hwasong-18'],
    ['MQ-1 Predator', 'MQ-1', 'MQ 9 Reaper'],
    ['152-millimeter shells', '152-millimeter', '122-millimeter shells'],
  ] as const) {
    test(`"${query}": first says it is not named, then the others as other systems; exit 1`, async () => {
      const { code, out, first } = await lookup(query);
      assert.equal(code, 1);
      assert.equal(first, `“${named}” is not named in these sources.`);
      assert.match(out, new RegExp(`^Other systems with a similar designation, which are not the same system: ${others}\\.$`, 'm'));
      assert.doesNotMatch(out, /^Facts$/m, 'no entry is printed in its place');
    });
  }

  test('"KN-23": not named, and nothing else offered', async () => {
    const { code, out } = await lookup('KN-23');
    assert.equal(code, 1);
    assert.equal(out, '“KN-23” is not named in these sources.\n');
  });

  test('a different number is a different system: "hwasong 12" is the Hwasong-12, not a typo for another', async () => {
    assert.equal((await lookup('hwasong 12')).first, 'Hwasong-12  (missile)');
  });
});

describe('catalog lookup: specification questions', () => {
  test('"hwasong-17 range": not stated, first', async () => {
    const { code, first } = await lookup('hwasong-17 range');
    assert.equal(code, 0);
    assert.equal(first, 'Hwasong-17 — Range: not stated in these sources.');
  });

  test('"hwasong-18 propellant": the fact, with its speaker and certainty', async () => {
    const { out, first } = await lookup('hwasong-18 propellant');
    assert.equal(first, 'Hwasong-18 — Propellant: North Korea claimed: solid-fuel [1]');
    assert.match(out.split('\n')[1]!, /^ {6}“North Korean dictator Kim Jong-un…”, Paragraph 11 · no hedge$/);
  });

  test('"global hawk maker": the observers’ "American-made", with who says it', async () => {
    const { first } = await lookup('global hawk maker');
    assert.equal(first, 'Global Hawk — Maker: Observers in Seoul noted, as Voice of America reported: American-made [2]');
  });

  test('"hwasong-18 range": the United Nations officials’ "appeared capable of hitting “most points on Earth”"', async () => {
    const { first } = await lookup('hwasong-18 range');
    assert.equal(first, 'Hwasong-18 — Range: United Nations officials said: appeared capable of hitting “most points on Earth.” [2]');
  });

  test('a specification a passage speaks to is never "not stated": "icbm maker", "hwasong-18 maker", "intercontinental ballistic missiles payload"', async () => {
    assert.equal((await lookup('icbm maker')).first, 'intercontinental ballistic missiles — Maker: Voice of America reported: Kim showed Shoigu homemade ICBMs [2]');
    // The words say who says them: "North Korea claims" is not put before them again.
    assert.equal((await lookup('hwasong-18 maker')).first, 'Hwasong-18 — Maker: The latest model (the Hwasong-18) North Korea claims to have developed [4]');
    assert.match((await lookup('intercontinental ballistic missiles payload')).first ?? '', /^intercontinental ballistic missiles — Payload: .*believed to be capable of carrying nuclear warheads \[4\]$/);
  });
});

describe('catalog lookup: abbreviations', () => {
  test('"122mm" and "122 mm" find the 122-millimeter shells', async () => {
    assert.equal((await lookup('122mm')).first, '122-millimeter shells  (arms)');
    assert.equal((await lookup('122 mm shells')).first, '122-millimeter shells  (arms)');
  });

  test('"MRL" finds the multiple rocket launcher rounds', async () => {
    assert.equal((await lookup('MRL')).first, 'multiple rocket launcher rounds  (arms)');
  });
});

describe('catalog lookup: no answer is not a loose answer', () => {
  test('no matching entry: a clear message and exit code 1', async () => {
    const { code, out, err } = await lookup('zzyzx');
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.equal(err, 'No entry matches "zzyzx".\n');
  });

  test('a fuzzy match is not described as "these words"', async () => {
    const { code, err } = await lookup('armistise');
    assert.equal(code, 1);
    assert.equal(err, 'No entry matches "armistise". 3 passages contain only words close to these (“armistice”); search the site to read them.\n');
  });

  test('punctuation and a word whose first letters differ find nothing ("table" is not "stable")', async () => {
    const { code, err } = await lookup('"; DROP TABLE --');
    assert.equal(code, 1);
    assert.equal(err, 'No entry matches ""; DROP TABLE --".\n');
  });

  test('words an entry merely shares with a query do not make it the answer', async () => {
    const { code, err } = await lookup('korean war truce');
    assert.equal(code, 1);
    assert.match(err, /^No entry matches "korean war truce"\. \d+ passages contain some of these words \(“korean”, “war”\)/);
  });

  test('a name several systems share is listed, not decided', async () => {
    const { code, first } = await lookup('hwasong');
    assert.equal(code, 1);
    assert.equal(first, '“hwasong” names more than one system: Hwasong-12, Hwasong-17, Hwasong-18. Look one up by its full name.');
  });

  test('an empty query: usage and exit code 2', async () => {
    for (const args of [[], ['   ']]) {
      const { code, err } = await lookup(...args);
      assert.equal(code, 2);
      assert.match(err, /Usage: npm run catalog -- lookup/);
    }
  });

  test('hostile input is printed back as text, with no entry and no stack trace', async () => {
    const { code, out, err } = spawnCatalogCli(['lookup', '<script>alert(1)</script> .*( %E0%A4%A']);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /^No entry matches "<script>alert\(1\)<\/script> \.\*\( %E0%A4%A"\./);
    assert.doesNotMatch(err, /Error|at .*\.ts/);
  });
});
