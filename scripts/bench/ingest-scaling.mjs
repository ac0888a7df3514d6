/**
 * How the curator's commands scale with the length of a source: for sources of 0.5, 1, 2 and
 * 5 MB (scripts/bench/make-long-source.mjs, made from the project's own fixture articles), each
 * added to a fresh copy of the catalog, `add-source`, then `draft`, then `verify` are run as a
 * curator runs them (`node --import tsx scripts/catalog-cli.ts …`), under /usr/bin/time when
 * present: wall and CPU time, peak memory. The catalog must verify after the draft.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeLongSource } from './make-long-source.mjs';
import { round } from './pages.mjs';

const GNU_TIME = '/usr/bin/time';
export const INGEST_SIZES_MB = [0.5, 1, 2, 5];
const COMMANDS = {
  'add-source': (file, root) => ['scripts/catalog-cli.ts', 'add-source', file, '--id', 'long-source', '--root', root],
  draft: (_file, root) => ['scripts/catalog-cli.ts', 'draft', 'long-source', '--root', root],
  verify: (_file, root) => ['scripts/verify.ts', root],
};

function timeCommand(name, args) {
  const node = [process.execPath, '--import', 'tsx', ...args];
  const start = performance.now();
  const run = existsSync(GNU_TIME) ? spawnSync(GNU_TIME, ['-f', 'TIME %e %U %S %M', ...node], { encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(node[0], node.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = performance.now() - start;
  if (run.status !== 0) throw new Error(`${name} failed (exit ${run.status}):\n${run.stdout.slice(0, 2000)}${run.stderr.slice(0, 2000)}`);
  const [, , user, sys, rssKb] = (/TIME (\S+) (\S+) (\S+) (\d+)/.exec(run.stderr) ?? []).map(Number);
  return { wallMs: Math.round(wallMs), cpuMs: user === undefined ? null : Math.round((user + sys) * 1000), maxRssKb: rssKb ?? null };
}

/** Times add-source, draft and verify on a source of each size; returns one row per size. */
export function measureIngestScaling({ sizes = INGEST_SIZES_MB } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ingest-scaling-'));
  try {
    const rows = sizes.map((mb) => {
      const root = path.join(tmp, `catalog-${mb}mb`);
      mkdirSync(root);
      cpSync('catalog', path.join(root, 'catalog'), { recursive: true });
      const file = path.join(tmp, `long-source-${mb}mb.txt`);
      const text = makeLongSource(mb * 1024 * 1024);
      writeFileSync(file, text);
      const passages = text.split(/\n\s*\n/).length;
      const commands = Object.fromEntries(Object.entries(COMMANDS).map(([name, args]) => [name, timeCommand(name, args(file, root))]));
      return { mb, bytes: Buffer.byteLength(text), passages, commands };
    });
    // Growth from the smallest to the largest: an exponent of 1 is linear.
    const [first, last] = [rows[0], rows.at(-1)];
    const growth = Object.fromEntries(
      Object.keys(COMMANDS).map((name) => {
        const ratio = last.commands[name].cpuMs / first.commands[name].cpuMs;
        return [name, { cpuRatio: round(ratio, 2), exponent: round(Math.log(ratio) / Math.log(last.bytes / first.bytes), 2) }];
      }),
    );
    return { rows, growth };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
