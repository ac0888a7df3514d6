/**
 * Page weight on a first visit: each page type loaded in a fresh Chromium context (empty cache)
 * until the network is idle, every response counted, decoded (raw), gzipped here, and as sent. JavaScript is split into the framework
 * runtime and search widget every page shares, and whatever a page loads beyond that (its own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../find-browser.mjs';

const gzipBytes = (body) => gzipSync(body).length; // zlib's default level 6, as most servers use
const KINDS = { document: 'html', script: 'js', stylesheet: 'css' };
// What marks a chunk as the header search widget's: its combobox, or the MiniSearch library.
const SEARCH_MARKERS = [/"combobox"/, /MiniSearch/];

async function loadPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  let requests = 0;
  page.on('request', () => requests++);
  page.on('response', (r) => responses.push(r));
  await page.goto(url, { waitUntil: 'networkidle' });
  const files = await Promise.all(
    responses.map(async (r) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      const { responseBodySize } = await r.request().sizes();
      const kind = KINDS[r.request().resourceType()] ?? 'other';
      return { url: new URL(r.url()).pathname, kind, bytes: body.length, gzip: gzipBytes(body), sent: responseBodySize, body };
    }),
  );
  await context.close();
  return { requests, files };
}

const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);
const totals = (files) => ({ bytes: sum(files, 'bytes'), gzip: sum(files, 'gzip'), files: files.length });

/** Measures every page type of `pages` served at `baseUrl`. */
export async function measurePageWeight(baseUrl, pages, { executablePath }) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const loads = [];
  try {
    for (const page of pages) loads.push({ page, ...(await loadPage(browser, baseUrl + page.path)) });
  } finally {
    await browser.close();
  }
  const scriptsOf = (load) => load.files.filter((f) => f.kind === 'js');
  const shared = scriptsOf(loads[0]).filter((s) => loads.every((l) => scriptsOf(l).some((o) => o.url === s.url)));
  const search = shared.filter((s) => SEARCH_MARKERS.some((m) => m.test(s.body.toString('utf8'))));
  const framework = shared.filter((s) => !search.includes(s));
  const chunk = ({ url, bytes, gzip }) => ({ url, bytes, gzip });

  return {
    sharedJs: { framework: { ...totals(framework), chunks: framework.map(chunk) }, searchWidget: { ...totals(search), chunks: search.map(chunk) } },
    pages: loads.map(({ page, requests, files }) => {
      const of = (kind) => files.filter((f) => f.kind === kind);
      const own = scriptsOf({ files }).filter((s) => !shared.some((o) => o.url === s.url));
      return {
        name: page.name,
        path: page.path,
        requests,
        transferred: sum(files, 'sent'),
        html: totals(of('html')),
        js: totals(of('js')),
        ownJs: { ...totals(own), chunks: own.map(chunk) },
        css: totals(of('css')),
        other: { ...totals(of('other')), urls: of('other').map((f) => f.url) },
      };
    }),
  };
}

/** The exported page with the most HTML after gzip, from every .html file in `outDir`. */
export function largestHtml(outDir) {
  const pages = readdirSync(outDir, { recursive: true }).filter((f) => f.endsWith('.html'));
  const sizes = pages.map((file) => {
    const body = readFileSync(path.join(outDir, file));
    return { file: `/${file.split(path.sep).join('/')}`, bytes: body.length, gzip: gzipBytes(body) };
  });
  return sizes.sort((a, b) => b.gzip - a.gzip)[0];
}
