import { expect, test, type Page } from '@playwright/test';
import { findEntry } from '../../catalog/views';
import { listEveryRuleViolation } from './support/axe-every-rule';

const entry = findEntry('hwasong-18')!;
const citation = entry.citations[0]!;

interface PageCheck {
  name: string;
  path: string;
  exclude?: string[];
  ready?: (page: Page) => Promise<void>;
}

const PAGES: PageCheck[] = [
  { name: 'home', path: '/' },
  { name: 'the reader around “Such munitions”, with its mention map', path: '/sources/article-000#paragraph-12' },
  { name: 'the reader with a targeted quote', path: `/sources/${citation.source}#${citation.anchor}` },
  { name: 'an entry', path: '/entries/intercontinental-ballistic-missiles' },
  { name: 'an entry with claims, hedges and a photo caption', path: `/entries/${entry.slug}` },
  { name: 'the sources index', path: '/sources' },
  { name: 'an archived text with nothing left out', path: '/sources/article-004/text' },
  { name: 'the search page answering a designation no source names', path: '/search?q=Hwasong-15', ready: (page) => expect(page.locator('#search-page-notice')).toBeVisible() },
  { name: 'the 404 page', path: '/entries/Hwasong-99' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`${colorScheme} colors at ${width} px: no violation of any axe rule`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });
      test.slow(); // every rule, AAA contrast included, over every element

      for (const { name, path, exclude, ready } of PAGES) {
        test(`${name} (${path})`, async ({ page }) => {
          await page.goto(path);
          await ready?.(page);
          const violations = await listEveryRuleViolation(page, exclude);
          expect(violations, `axe found ${violations.length} violation(s) on ${path}:\n${violations.join('\n')}`).toEqual([]);
        });
      }
    });
  }
}

// Pages checked once, at the width and in the colours where they can fail: the about page's long
// definition list on a phone, and the search page's full A–Z list that readers without
// JavaScript see.
test.describe('once each: no violation of any axe rule', () => {
  test.slow();

  test('the about page, with "How to read an entry", at 375 px in light colours', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/about');
    const violations = await listEveryRuleViolation(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await context.close();
  });

  test('the search page’s list of every name and alias, which readers without JavaScript see, at 1280 px in dark colours', async ({ browser }) => {
    // axe runs as a script in the page, so the list is shown here as scripting turned off shows it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/search?q=hwasong');
    await page.locator('#browse-without-script').evaluate((el) => (el.style.display = 'block'));
    await page.locator('section[aria-labelledby="browse-az"]').evaluate((el) => (el.style.display = 'none'));
    await expect(page.getByRole('region', { name: 'Every system and alias, A–Z' }).getByRole('link', { name: 'Hwasong-18s' })).toBeVisible();
    const violations = await listEveryRuleViolation(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await context.close();
  });
});
