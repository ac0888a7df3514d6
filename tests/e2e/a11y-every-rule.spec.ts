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
