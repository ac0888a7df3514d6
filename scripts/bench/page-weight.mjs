/**
 * Page weight on a first visit: each page type loaded in a fresh Chromium context (empty cache)
 * until the network is idle, with no interaction, every response counted as it came over the
 * wire (`npm start` sends the build's brotli copies) and decoded. Script is what the reader's
 * browser fetched of it, the figure the 10 KB budget is about.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../find-browser.mjs';

const gzipBytes = (body) => gzipSync(body).length; // zlib's default level 6, as most servers use
const KINDS = { document: 'html', script: 'js', stylesheet: 'css', fetch: 'data' };

async function loadPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(url, { waitUntil: 'networkidle' });
  const files = await Promise.all(
    finished.map(async (request) => {
      const response = await request.response();
      const body = (await response?.body().catch(() => null)) ?? Buffer.alloc(0);
      const { responseBodySize } = await request.sizes();
      return { url: new URL(request.url()).pathname, kind: KINDS[request.resourceType()] ?? 'other', bytes: body.length, gzip: gzipBytes(body), sent: responseBodySize };
    }),
  );
  const inlineScripts = await page.evaluate(() => [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json').length);
  await context.close();
  return { files, inlineScripts };
}

const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);
const totals = (files) => ({ files: files.length, bytes: sum(files, 'bytes'), gzip: sum(files, 'gzip'), sent: sum(files, 'sent') });

/** Measures every page type of `pages` served at `baseUrl`. */
export async function measurePageWeight(baseUrl, pages, { executablePath }) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const out = [];
    for (const page of pages) {
      const { files, inlineScripts } = await loadPage(browser, baseUrl + page.path);
      const of = (kind) => files.filter((f) => f.kind === kind);
      out.push({
        name: page.name,
        path: page.path,
        requests: files.length,
        sent: sum(files, 'sent'),
        html: totals(of('html')),
        js: { ...totals(of('js')), urls: of('js').map((f) => f.url) },
        css: totals(of('css')),
        other: { ...totals(files.filter((f) => !['html', 'js', 'css'].includes(f.kind))), urls: files.filter((f) => !['html', 'js', 'css'].includes(f.kind)).map((f) => f.url) },
        inlineScripts,
      });
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** Every exported page's HTML size (raw and gzip) in `outDir`, the largest first. */
export function htmlSizes(outDir) {
  const pages = readdirSync(outDir, { recursive: true }).filter((f) => f.endsWith('.html'));
  return pages
    .map((file) => {
      const body = readFileSync(path.join(outDir, file));
      return { file: `/${file.split(path.sep).join('/')}`, bytes: body.length, gzip: gzipBytes(body) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
