import { expect, test, type Page } from '@playwright/test';
import { findEntry, listCategories } from '../../catalog/views';
import { headerSearch, searchResults } from './support/search';

/** The page types a reader reads, each of which may load at most 10 KB of script before any interaction. */
const READING_PAGES = [
  { name: 'home', path: '/' },
  { name: 'an entry', path: '/entries/hwasong-18' },
  { name: 'a reader', path: '/sources/article-000' },
  { name: 'an archived text', path: '/sources/article-000/text' },
  { name: 'the sources page', path: '/sources' },
  { name: 'the about page', path: '/about' },
  { name: 'the 404 page', path: '/no-such-page' },
];
const SCRIPT_BUDGET = 10 * 1024;

/** Every script the browser fetches for `page` from now on, with the bytes that came over the wire. */
function recordScripts(page: Page): () => Promise<{ url: string; bytes: number }[]> {
  const responses: Promise<{ url: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') responses.push(request.sizes().then((s) => ({ url: new URL(request.url()).pathname, bytes: s.responseBodySize })));
  });
  return () => Promise.all(responses);
}

for (const { name, path } of READING_PAGES) {
  test(`${name} (${path}) fetches at most 10 KB of script before any interaction, and no framework data`, async ({ page }) => {
    const scripts = recordScripts(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const fetched = await scripts();
    const total = fetched.reduce((n, s) => n + s.bytes, 0);
    expect(fetched.length, 'the site script is loaded').toBeGreaterThan(0);
    expect(total, `script bytes fetched: ${fetched.map((s) => `${s.url} ${s.bytes} B`).join(', ')}`).toBeLessThanOrEqual(SCRIPT_BUDGET);
    expect(fetched.map((s) => s.url).filter((u) => u.startsWith('/_next/'))).toEqual([]);

    const html = await (await page.request.get(path)).text();
    expect(html).not.toContain('__next_f');
    const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json').length);
    expect(inline, 'inline scripts other than JSON-LD').toBe(0);
  });
}

test('structured data stays: an entry still carries its JSON-LD', async ({ page }) => {
  await page.goto('/entries/hwasong-18');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(data).toMatchObject({ '@type': 'DefinedTerm', name: findEntry('hwasong-18')!.name });
});

test('the search code is fetched on first focus of the search box, not before', async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto('/entries/hwasong-18');
  await page.waitForLoadState('networkidle');
  const before = (await scripts()).map((s) => s.url);
  const indexRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/search-index/') && indexRequests.push(new URL(r.url()).pathname));
  expect(indexRequests).toEqual([]);

  await headerSearch(page).focus();
  await headerSearch(page).pressSequentially('hwasong 18');
  await expect(searchResults(page).getByRole('option').first()).toContainText('Hwasong-18');
  const after = (await scripts()).map((s) => s.url);
  expect(after.length).toBeGreaterThan(before.length);
  expect(indexRequests).toContain('/search-index/manifest.json');
  expect(indexRequests.some((p) => p.startsWith('/search-index/terms/'))).toBe(true);
});

test('the home page summarises by category; each category page lists all of its systems', async ({ page }) => {
  await page.goto('/');
  for (const { category, entries } of listCategories()) {
    await page.goto('/');
    await page.getByRole('region', { name: 'Browse' }).getByRole('link', { name: category, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(category);
    for (const entry of entries) await expect(page.getByRole('main').getByRole('link', { name: new RegExp(`^${entry.name}`) })).toBeVisible();
  }
});

test("each article's mention map is on that article's page, and only that article's", async ({ page }) => {
  const maps = page.getByRole('region', { name: /^Mention map of / });
  await page.goto('/');
  await expect(maps).toHaveCount(0);
  await page.goto('/sources/article-004');
  await expect(maps).toHaveCount(1);
  await expect(maps).toHaveAccessibleName('Mention map of “North Korean dictator Kim Jong-un…”, scrolls sideways');
});
