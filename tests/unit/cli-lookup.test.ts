import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run catalog -- lookup …` the way a curator would, without npm's banner. */
function lookup(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/catalog-cli.ts', 'lookup', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('catalog lookup', () => {
  test('"hwasong 18" prints the Hwasong-18 entry with its facts, who says so, and its quotes', () => {
    const { code, out } = lookup('hwasong 18');
    assert.equal(code, 0);
    assert.match(out, /^Hwasong-18 {2}\(missile\)$/m);
    assert.match(out, /Propellant: solid-fuel — North Korea \[\d+\]/);
    assert.match(out, /Capability: most points on Earth — United Nations officials/);
    assert.match(out, /“Named the Hwasong-18, North Korea claimed it was a solid-fuel missile”\n\s+Article 2 .*, Paragraph 11/);
  });

  test('matches the way the site does: spelling, case and typos', () => {
    assert.match(lookup('HWASONG18').out, /^Hwasong-18 /);
    assert.match(lookup('mq-9').out, /^MQ 9 Reaper /);
    assert.match(lookup('intercontinental balistic').out, /^intercontinental ballistic missiles /);
  });

  test('no matching entry: a clear message and exit code 1', () => {
    const { code, out, err } = lookup('zzyzx');
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /No entry matches "zzyzx"/);
  });

  test('an empty query: usage and exit code 2', () => {
    for (const args of [[], ['   ']]) {
      const { code, err } = lookup(...args);
      assert.equal(code, 2);
      assert.match(err, /Usage: npm run catalog -- lookup/);
    }
  });

  test('hostile input is printed as text and never crashes the CLI', () => {
    const { code, err } = lookup('<script>alert(1)</script> .*( %E0%A4%A');
    assert.ok(code === 0 || code === 1, `exit code ${code}`);
    assert.doesNotMatch(err, /Error|at .*\.ts/);
  });
});
