/**
 * Screenshots of every page type at 375 px and 1280 px, light and dark, for a visual review:
 * `node scripts/screenshots.mjs [baseURL] [outDir]` against a running `npm run serve`.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, locateBrowser } from './find-browser.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const outDir = process.argv[3] ?? 'screenshots';
const pages = {
  home: '/',
  entry: '/entries/new-uav',
  reader: '/sources/article-000#q-1410-1495',
  sources: '/sources',
  search: '/search?q=hwasong%2018',
  category: '/categories/missile',
  'a-z': '/a-z/h',
  'not-found': '/entries/no-such-weapon',
  about: '/about',
  text: '/sources/article-004/text',
};

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: locateBrowser() ?? undefined, args: CHROMIUM_ARGS });
for (const scheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      await page.screenshot({ path: `${outDir}/${name}-${width}-${scheme}.png`, fullPage: process.env.FULL === '1' });
    }
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots written to ${outDir}/`);
