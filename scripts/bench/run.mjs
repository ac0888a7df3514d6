/**
 * `npm run bench`: builds the site from the real catalog and from synthetic ones 10× and 100×
 * its size (scripts/bench/make-corpus.mjs), and for each measures build time, page weight per
 * page type (script as fetched), the largest page, Lighthouse next to the same pages stripped of
 * their scripts, what a search downloads and keystroke latency; then load (`npm start`'s server
 * against nginx, on the real site) and verifier scaling. Checks the budgets
 * (scripts/bench/budgets.mjs) and writes bench/results.json and bench/results.md. Not part of
 * `npm test`: it takes most of an hour on two cores.
 *
 *   --scales=1,10           build and measure only these catalog sizes
 *   --only=weight,search    run only these sections (weight, lighthouse, search, load, verify,
 *                           ingest, audit), keeping the others' figures from bench/results.json
 *   --report                rewrite bench/results.md from bench/results.json, measuring nothing
 *   --prebuilt=100:<dir>    measure the 100× site already built into <dir> instead of building it
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { locateBrowser } from '../find-browser.mjs';
import { checkBudgets } from './budgets.mjs';
import { LIGHTHOUSE_RUNS, measureLighthouse, STRIPPED_DIR, writeStrippedCopies } from './lighthouse.mjs';
import { LOAD_SETTINGS, measureLoad } from './load.mjs';
import { makeCorpus } from './make-corpus.mjs';
import { PAGE_TYPES, round } from './pages.mjs';
import { htmlSizes, measurePageWeight } from './page-weight.mjs';
import { renderReport } from './report.mjs';
import { measureSearchBytes, measureSearchLatency } from './search-latency.mjs';
import { findNginx, startNginx, startStatic } from './servers.mjs';
import { measureVerifyScaling } from './verify-scaling.mjs';
import { measureIngestScaling } from './ingest-scaling.mjs';

const SECTIONS = ['weight', 'lighthouse', 'search', 'load', 'verify', 'ingest', 'audit'];
const SITE_SECTIONS = ['weight', 'lighthouse', 'search'];
const PORT = Number(process.env.BENCH_PORT ?? 4540);
const RESULTS = 'bench/results.json';
const LOAD_PAGES = PAGE_TYPES.filter((p) => ['home', 'entry', 'reader'].includes(p.name));

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}`));
const only = arg('only=')?.split('=')[1].split(',') ?? SECTIONS;
const factors = (arg('scales=')?.split('=')[1].split(',') ?? ['1', '10', '100']).map(Number);
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);

if (arg('report')) {
  // Re-renders bench/results.md (and the budgets) from bench/results.json without measuring.
  const saved = JSON.parse(readFileSync(RESULTS, 'utf8'));
  saved.budgets = checkBudgets(saved);
  writeFileSync(RESULTS, `${JSON.stringify(saved, null, 2)}\n`);
  writeFileSync('bench/results.md', renderReport(saved));
  process.exit(0);
}

const chromePath = locateBrowser();
if (!chromePath) throw new Error('No Chromium found: run `node scripts/find-browser.mjs` (or set CHROME_PATH) first.');

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
// The commit measured (with "+changes" when the working tree differs from it), per section, so
// that figures kept from an earlier run (--only, --scales) say what they were measured on.
const commit = (() => {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim() !== '';
  return dirty ? `${head}+changes` : head;
})();
// A note written by hand about an earlier run does not describe this one.
const kept = Object.fromEntries(Object.entries(previous).filter(([key]) => key !== 'note'));
const results = { ...kept, generatedAt: new Date().toISOString(), loadAverage: { ...previous.loadAverage }, commits: { ...previous.commits } };
const scales = new Map((previous.scales ?? []).map((s) => [s.factor, s]));
const log = (message) => console.log(`bench: ${message}`);
/** The catalog size the site sections are measuring now. */
let measuring = 1;
const section = async (name, measure) => {
  if (!only.includes(name)) return;
  results.loadAverage[name] = round(os.loadavg()[0], 1);
  results.commits[SITE_SECTIONS.includes(name) ? `${name} ${measuring}×` : name] = commit;
  log(`${name}…`);
  const started = performance.now();
  await measure();
  log(`${name} done in ${Math.round((performance.now() - started) / 1000)} s`);
};

function describeMachine() {
  const version = (bin, args) => {
    const run = spawnSync(bin, args, { encoding: 'utf8' });
    return `${run.stdout}${run.stderr}`.trim().split('\n')[0];
  };
  const busiest = Math.max(...Object.values(results.loadAverage));
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim(),
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: version(chromePath, ['--version']),
    note:
      busiest > os.cpus().length
        ? `Other work shared the machine (load average up to ${busiest} on ${os.cpus().length} cores), which inflates wall-clock figures`
        : '',
  };
}

/** Builds the site for a catalog `factor`× the real one; returns where its out/ was copied and how long it took. */
function buildAt(factor, tmp) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  let catalog = 'the real catalog';
  if (factor !== 1) {
    const root = path.join(tmp, `catalog-x${factor}`);
    makeCorpus(process.cwd(), root, factor);
    env.CATALOG_ROOT = root;
    catalog = `a synthetic catalog ${factor}× the real one`;
  }
  log(`building from ${catalog}…`);
  const started = performance.now();
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const buildMs = Math.round(performance.now() - started);
  const summary = execFileSync(process.execPath, ['--no-regexp-tier-up', 'scripts/run-bundled.mjs', 'scripts/verify.ts'], { env, encoding: 'utf8' }).trim().replace(/^Catalog verified: /, '');
  const out = path.join(tmp, `out-x${factor}`);
  cpSync('out', out, { recursive: true });
  return { out, buildMs, summary };
}

/** `--prebuilt=100:/path/to/out`: measure a site already built from the `factor`× catalog. */
const prebuilt = new Map((arg('prebuilt=')?.split('=')[1].split(',') ?? []).map((p) => [Number(p.split(':')[0]), p.slice(p.indexOf(':') + 1)]));

function prebuiltAt(factor, tmp) {
  const root = path.join(tmp, `catalog-x${factor}`);
  makeCorpus(process.cwd(), root, factor);
  const summary = execFileSync(process.execPath, ['--no-regexp-tier-up', 'scripts/run-bundled.mjs', 'scripts/verify.ts', root], { encoding: 'utf8' }).trim().replace(/^Catalog verified: /, '');
  const out = path.join(tmp, `out-x${factor}`);
  cpSync(prebuilt.get(factor), out, { recursive: true });
  log(`measuring the ${factor}× site already built in ${prebuilt.get(factor)}`);
  return { out, buildMs: null, summary, buildNote: 'built earlier, not timed in this run' };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
try {
  if (only.some((s) => SITE_SECTIONS.includes(s))) {
    // The real catalog last, so that out/ is the real site when the benchmark ends.
    for (const factor of [...factors].sort((a, b) => b - a)) {
      measuring = factor;
      results.loadAverage[`build ${factor}×`] = round(os.loadavg()[0], 1);
      const { out, buildMs, summary, buildNote } = prebuilt.has(factor) ? prebuiltAt(factor, tmp) : buildAt(factor, tmp);
      const scale = { ...scales.get(factor), factor, catalog: summary, buildMs, buildNote };
      const audited = PAGE_TYPES.filter((p) => p.audit && (factor === 1 || p.grows));
      writeStrippedCopies(out, audited);
      const site = await startStatic({ root: out, port: PORT });
      try {
        await section('weight', async () => {
          scale.pageWeight = await measurePageWeight(site.url, PAGE_TYPES, { executablePath: chromePath });
          const sizes = htmlSizes(out).filter((p) => !p.file.startsWith(`/${STRIPPED_DIR}/`));
          scale.largestHtml = sizes[0];
          scale.pages = sizes.length;
        });
        await section('lighthouse', async () => {
          scale.lighthouse = await measureLighthouse(site.url, audited, { chromePath, runs: LIGHTHOUSE_RUNS });
        });
        await section('search', async () => {
          scale.searchBytes = await measureSearchBytes(site.url, { executablePath: chromePath });
          scale.search = await measureSearchLatency(site.url, { executablePath: chromePath });
        });
      } finally {
        await site.stop();
      }
      scales.set(factor, scale);
      rmSync(out, { recursive: true, force: true });
      // Saved after each size, so an interrupted run keeps what it measured.
      results.scales = [...scales.values()].sort((a, b) => a.factor - b.factor);
      writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    }
  }
  results.scales = [...scales.values()].sort((a, b) => a.factor - b.factor);

  await section('load', async () => {
    const bin = findNginx({ install: true });
    if (!bin) throw new Error('the load comparison needs nginx: sudo apt-get install nginx');
    const ours = await startStatic({ root: 'out', port: PORT + 1 });
    const npmStart = await measureLoad(ours.url, LOAD_PAGES).finally(() => ours.stop());
    const theirs = await startNginx({ root: 'out', port: PORT + 2, bin });
    const nginx = await measureLoad(theirs.url, LOAD_PAGES).finally(() => theirs.stop());
    const comparison = LOAD_PAGES.map(({ name }, i) => ({
      name,
      npmStart: Math.round(npmStart[i].requestsPerSecond),
      nginx: Math.round(nginx[i].requestsPerSecond),
      ratio: round(npmStart[i].requestsPerSecond / nginx[i].requestsPerSecond, 3),
      npmStartErrors: npmStart[i].errors + npmStart[i].non2xx,
    }));
    const nginxVersion = spawnSync(bin, ['-v'], { encoding: 'utf8' }).stderr.trim().replace(/^nginx version: /, '');
    results.load = { settings: LOAD_SETTINGS, nginxVersion, npmStart, nginx, comparison };
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

await section('verify', async () => {
  results.verify = measureVerifyScaling({ factors: [10, 100], runs: 3 });
});

await section('ingest', async () => {
  results.ingest = measureIngestScaling();
});

await section('audit', async () => {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  let report = {};
  try {
    report = JSON.parse(run.stdout);
  } catch {
    // no JSON at all: reported below with npm's own words
  }
  if (report.metadata) {
    const { total, ...bySeverity } = report.metadata.vulnerabilities;
    results.audit = { total, counts: bySeverity };
  } else {
    const npmError = run.stderr.split('\n').find((line) => line.startsWith('npm error')) ?? `exit code ${run.status}`;
    results.audit = { error: report.message ?? report.error?.summary ?? npmError };
  }
});

delete results.pageWeight;
delete results.largestHtml;
delete results.lighthouse;
delete results.search;
results.machine = describeMachine();
results.budgets = checkBudgets(results);
mkdirSync('bench', { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/results.md', renderReport(results));
for (const b of results.budgets) log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.measured}`);
log(`wrote ${RESULTS} and bench/results.md`);
