/**
 * The curator's command line run in the test's own process: the same dispatcher and commands as
 * `npm run catalog --`, with what they print collected. Suites call it for every case but one,
 * which runs the real process (`spawnCatalogCli`), so a suite costs one process, not one per case.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runCatalogCli } from '../../../scripts/cli/main';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/** Console output from `run`, line by line as a terminal would show it. */
export async function runCatalogCliHere(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { log: console.log, error: console.error, warn: console.warn, info: console.info };
  const line = (parts: unknown[]) => `${parts.map((p) => (typeof p === 'string' ? p : String(p))).join(' ')}\n`;
  console.log = console.info = (...parts: unknown[]) => void out.push(line(parts));
  console.error = console.warn = (...parts: unknown[]) => void err.push(line(parts));
  try {
    const code = await runCatalogCli(args);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    Object.assign(console, saved);
  }
}

/** The command line in a process of its own, exactly as `npm run catalog --` starts it. */
export function spawnCatalogCli(args: string[], input?: string): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/catalog-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', ...(input !== undefined && { input }) });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
