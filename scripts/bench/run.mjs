/**
 * `npm run bench`: builds the site once, then measures page weight, Lighthouse scores, search
 * latency, load (`npm start`'s server against nginx) and verifier scaling, checks the budgets
 * (scripts/bench/budgets.mjs) and writes bench/results.json and bench/results.md. Not part of
 * `npm test`: it takes about a quarter of an hour.
 *
 *   --skip-build            measure the out/ that is there
 *   --only=weight,search    run only these sections (weight, lighthouse, search, load, verify,
 *                           audit), keeping the others' figures from bench/results.json
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { locateBrowser } from '../find-browser.mjs';
import { checkBudgets } from './budgets.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { LOAD_SETTINGS, measureLoad } from './load.mjs';
import { PAGE_TYPES, round } from './pages.mjs';
import { largestHtml, measurePageWeight } from './page-weight.mjs';
import { renderReport } from './report.mjs';
import { measureSearchLatency } from './search-latency.mjs';
import { findNginx, startNginx, startStatic } from './servers.mjs';
import { measureVerifyScaling } from './verify-scaling.mjs';

const SECTIONS = ['weight', 'lighthouse', 'search', 'load', 'verify', 'audit'];
const PORT = Number(process.env.BENCH_PORT ?? 4540);
const RESULTS = 'bench/results.json';
const LOAD_PAGES = PAGE_TYPES.filter((p) => ['home', 'entry', 'reader'].includes(p.name));

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}`));
const only = arg('only=')?.split('=')[1].split(',') ?? SECTIONS;
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);

const chromePath = locateBrowser();
if (!chromePath) throw new Error('No Chromium found: run `node scripts/find-browser.mjs` (or set CHROME_PATH) first.');

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const results = { ...previous, generatedAt: new Date().toISOString(), loadAverage: { ...previous.loadAverage } };
const log = (message) => console.log(`bench: ${message}`);
const section = async (name, measure) => {
  if (!only.includes(name)) return;
  results.loadAverage[name] = round(os.loadavg()[0], 1);
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

if (!arg('skip-build') && only.some((s) => ['weight', 'lighthouse', 'search', 'load'].includes(s))) {
  log('building once with npm run build…');
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}

const site = only.some((s) => ['weight', 'lighthouse', 'search'].includes(s)) ? await startStatic({ root: 'out', port: PORT }) : null;
try {
  await section('weight', async () => {
    results.pageWeight = await measurePageWeight(site.url, PAGE_TYPES, { executablePath: chromePath });
    results.largestHtml = largestHtml('out');
  });
  await section('lighthouse', async () => {
    results.lighthouse = await measureLighthouse(site.url, PAGE_TYPES, { chromePath, runs: 3 });
  });
  await section('search', async () => {
    results.search = await measureSearchLatency(site.url, { executablePath: chromePath });
  });
} finally {
  await site?.stop();
}

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

await section('verify', async () => {
  results.verify = measureVerifyScaling({ factors: [10, 100], runs: 3 });
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

results.machine = describeMachine();
results.budgets = checkBudgets(results);
mkdirSync('bench', { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/results.md', renderReport(results));
for (const b of results.budgets) log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.measured}`);
log(`wrote ${RESULTS} and bench/results.md`);
