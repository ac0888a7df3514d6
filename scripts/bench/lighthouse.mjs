/**
 * Lighthouse per page type, side by side with the same HTML stripped of every script: the
 * lighthouse CLI (mobile preset, its default, with simulated throttling) against the system
 * Chromium, the page and its stripped copy audited in turn, `runs` times each; the median of
 * each score and metric is kept, with the audits that cost points in the last run.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { median, round } from './pages.mjs';

const run = promisify(execFile);
const CLI = path.resolve('node_modules/lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
/**
 * Runs per page and per stripped copy. Five, not the three the budget asks for at least: on two
 * shared cores a page's score swings by a point or two between runs of the same HTML, and a
 * median of five reads a one-point difference less often as real.
 */
export const LIGHTHOUSE_RUNS = 5;
/** Where the stripped copies are written inside the served folder. */
export const STRIPPED_DIR = 'bench-stripped';

/** The HTML file a page's address is served from. */
const fileOf = (address) => (address === '/' ? 'index.html' : address.endsWith('.html') ? address.slice(1) : `${address.slice(1)}.html`);

const strippedAddress = (page) => `/${STRIPPED_DIR}/${fileOf(page.lighthousePath ?? page.path)}`;

/**
 * Writes each page of `pages` with every <script> removed to <outDir>/bench-stripped/. Called
 * before the server starts: `npm start`'s server lists the files it serves when it starts.
 */
export function writeStrippedCopies(outDir, pages) {
  for (const page of pages) {
    const address = page.lighthousePath ?? page.path;
    const html = readFileSync(path.join(outDir, fileOf(address)), 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    const target = path.join(outDir, STRIPPED_DIR, fileOf(address));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, html);
  }
}

async function lighthouseOnce(url, chromePath, dir, n) {
  const output = path.join(dir, `report-${n}.json`);
  await run(
    process.execPath,
    [CLI, url, '--quiet', '--output=json', `--output-path=${output}`, `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
  const metrics = Object.fromEntries(METRICS.map((m) => [m, report.audits[m]?.numericValue ?? null]));
  const losing = CATEGORIES.flatMap((c) =>
    report.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
      .map((ref) => `${c}: ${ref.id} (${report.audits[ref.id].displayValue ?? report.audits[ref.id].score})`),
  );
  return { scores, metrics, losing };
}

/** `run()`, tried a second time if it throws. */
async function retried(run) {
  try {
    return await run();
  } catch {
    return run();
  }
}

const summarise = (reports) => ({
  scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(reports.map((r) => r.scores[c]))])),
  allPerformance: reports.map((r) => r.scores.performance),
  metrics: Object.fromEntries(METRICS.map((m) => [m, round(median(reports.map((r) => r.metrics[m] ?? 0)), 3)])),
  losing: reports.at(-1).losing,
});

/**
 * For each page of `pages` served at `baseUrl` from `outDir`: median Lighthouse scores and
 * metrics of the page and of its stripped copy, audited alternately so both see the same load.
 */
export async function measureLighthouse(baseUrl, pages, { chromePath, runs = LIGHTHOUSE_RUNS }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
  const stripped = pages.map(strippedAddress);
  try {
    const results = [];
    for (const [i, page] of pages.entries()) {
      const address = page.lighthousePath ?? page.path;
      const asBuilt = [];
      const bare = [];
      try {
        for (let n = 0; n < runs; n++) {
          asBuilt.push(await retried(() => lighthouseOnce(baseUrl + address, chromePath, dir, `${i}-${n}-page`)));
          bare.push(await retried(() => lighthouseOnce(baseUrl + stripped[i], chromePath, dir, `${i}-${n}-bare`)));
        }
        results.push({ name: page.name, path: address, runs, page: summarise(asBuilt), stripped: summarise(bare) });
      } catch (error) {
        // A run that fails twice (Chromium timing out on an overloaded machine) is reported, not fatal.
        results.push({ name: page.name, path: address, runs, error: String(error.stderr || error.message).trim().split('\n')[0] });
      }
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
