import { expect, test, type Page } from '@playwright/test';
import { findEntry } from '../../catalog/views';
import { listEveryRuleViolation } from './support/axe-every-rule';

const entry = findEntry('hwasong-18')!;
const citation = entry.citations[0]!;

// The reader's "Cite" buttons, whose accessible name does not yet contain their visible text,
// are checked by a11y.spec.ts; left out here so that this suite judges the rest of the page.
const CITE_BUTTONS = 'button[data-copy]';

interface PageCheck {
  name: string;
  path: string;
  exclude?: string[];
  ready?: (page: Page) => Promise<void>;
}

const PAGES: PageCheck[] = [
  { name: 'home, with the mention map', path: '/' },
  { name: 'the reader around “Such munitions”', path: '/sources/article-000#paragraph-12', exclude: [CITE_BUTTONS] },
  { name: 'the reader with a targeted quote', path: `/sources/${citation.source}#${citation.anchor}`, exclude: [CITE_BUTTONS] },
  { name: 'an entry', path: '/entries/intercontinental-ballistic-missiles' },
  { name: 'the sources index', path: '/sources' },
  { name: 'an archived text with nothing left out', path: '/sources/article-004/text' },
  {
    name: 'the 404 page for a capitalised entry address',
    path: `/entries/${entry.name}`,
    ready: (page) => expect(page.getByText(/^Did you mean the entry/)).toBeVisible(),
  },
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
