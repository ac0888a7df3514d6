/**
 * Lighthouse scores per page type: the lighthouse CLI (mobile preset, its default, with simulated
 * throttling) run `runs` times per page against the system Chromium; the median of each
 * category is kept, with the audits that cost points in the last run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { median, round } from './pages.mjs';

const run = promisify(execFile);
const CLI = path.resolve('node_modules/lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

async function lighthouseOnce(url, chromePath, dir, n) {
  const output = path.join(dir, `report-${n}.json`);
  await run(
    process.execPath,
    [
      CLI,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
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

/** Median Lighthouse scores and metrics of `runs` runs for each page of `pages` at `baseUrl`. */
export async function measureLighthouse(baseUrl, pages, { chromePath, runs = 3 }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
  try {
    const results = [];
    for (const page of pages) {
      const reports = [];
      for (let n = 0; n < runs; n++) reports.push(await lighthouseOnce(baseUrl + (page.lighthousePath ?? page.path), chromePath, dir, n));
      results.push({
        name: page.name,
        path: page.lighthousePath ?? page.path,
        runs,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(reports.map((r) => r.scores[c]))])),
        allScores: reports.map((r) => r.scores),
        metrics: Object.fromEntries(METRICS.map((m) => [m, round(median(reports.map((r) => r.metrics[m] ?? 0)), 3)])),
        losing: reports.at(-1).losing,
      });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
