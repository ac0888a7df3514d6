/**
 * How the verifier scales: the real catalog and synthetic ones 10× and 100× its size (see
 * make-corpus.mjs), each verified `runs` times as `npm run verify` runs it (`node --no-regexp-tier-up scripts/run-bundled.mjs scripts/verify.ts <root>`)
 * (wall and CPU time, peak memory, under /usr/bin/time when present) and in-process (time
 * without start-up, for the growth ratio). Every catalog must verify.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCorpus } from './make-corpus.mjs';
import { median, round } from './pages.mjs';

const GNU_TIME = '/usr/bin/time';

function timeCommand(root) {
  const args = ['--no-regexp-tier-up', 'scripts/run-bundled.mjs', 'scripts/verify.ts', root];
  const start = performance.now();
  const run = existsSync(GNU_TIME)
    ? spawnSync(GNU_TIME, ['-f', 'TIME %e %U %S %M', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (run.status !== 0) throw new Error(`verify failed on ${root} (exit ${run.status}):\n${run.stdout}${run.stderr.slice(0, 2000)}`);
  const [, , user, sys, rssKb] = (/TIME (\S+) (\S+) (\S+) (\d+)/.exec(run.stderr) ?? []).map(Number);
  return { wallMs, cpuMs: user === undefined ? null : (user + sys) * 1000, maxRssKb: rssKb ?? null, summary: run.stdout.trim() };
}

function timeInProcess(root) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/verify-timed.ts', root], { encoding: 'utf8' });
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1));
  if (!result.ok) throw new Error(`the catalog under ${root} does not verify`);
  return result;
}

/** Times the verifier on the real catalog and on `factors`× copies of it. */
export function measureVerifyScaling({ factors = [10, 100], runs = 3 } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'verify-scaling-'));
  try {
    const corpora = [{ factor: 1, root: process.cwd() }];
    for (const factor of factors) {
      const root = path.join(tmp, `x${factor}`);
      makeCorpus(process.cwd(), root, factor);
      corpora.push({ factor, root });
    }
    const rows = corpora.map(({ factor, root }) => {
      const command = Array.from({ length: runs }, () => timeCommand(root));
      const inProcess = Array.from({ length: runs }, () => timeInProcess(root));
      const mid = (list, key) => (list[0][key] === null ? null : round(median(list.map((r) => r[key])), 0));
      return {
        factor,
        catalog: command[0].summary.replace(/^Catalog verified: /, ''),
        command: { wallMs: mid(command, 'wallMs'), cpuMs: mid(command, 'cpuMs'), maxRssKb: mid(command, 'maxRssKb') },
        inProcess: { ms: mid(inProcess, 'ms'), cpuMs: mid(inProcess, 'cpuMs'), maxRssKb: mid(inProcess, 'maxRssKb') },
      };
    });
    // Growth between the two largest catalogs, without start-up. CPU time is the figure judged:
    // unlike wall time, other processes on the machine do not inflate it.
    const [small, large] = rows.slice(-2);
    const exponentOf = (ratio) => round(Math.log(ratio) / Math.log(large.factor / small.factor), 2);
    const timeRatio = large.inProcess.ms / small.inProcess.ms;
    const cpuRatio = large.inProcess.cpuMs / small.inProcess.cpuMs;
    const growth = { from: small.factor, to: large.factor, timeRatio: round(timeRatio, 2), cpuRatio: round(cpuRatio, 2), cpuExponent: exponentOf(cpuRatio) };
    return { runs, rows, growth };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
