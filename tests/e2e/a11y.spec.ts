import { expect, test, type Page } from '@playwright/test';
import { entryReferences, findEntry, sourceHeading } from '../../catalog/views';
import { listAxeViolations } from './support/axe';
import { searchResults, headerSearch } from './support/search';

const entry = findEntry('hwasong-18')!;
const citation = entry.citations[0]!;

/** A page to check and, where it changes after loading, what shows it is ready. */
interface PageType {
  name: string;
  path: string;
  ready?: (page: Page) => Promise<void>;
}

const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/' },
  {
    name: 'an entry',
    path: `/entries/${entry.slug}`,
    ready: (page) => expect(page.getByRole('button', { name: 'Copy citation 1' })).toBeVisible(),
  },
  {
    name: 'a reader with a targeted quote',
    path: `/sources/${citation.source}#${citation.anchor}`,
    ready: async (page) => expect(await page.locator(`#${citation.anchor}`).evaluate((el) => el.matches(':target'))).toBe(true),
  },
  { name: 'the sources index', path: '/sources' },
  { name: 'an archived text', path: `/sources/${citation.source}/text` },
  { name: 'about', path: '/about' },
  {
    name: 'search results',
    path: '/search?q=hwasong',
    ready: (page) => expect(page.getByRole('heading', { name: 'Entries' })).toBeVisible(),
  },
  { name: 'the 404 page', path: '/entries/no-such-thing' },
  {
    name: 'home with the search dropdown open',
    path: '/',
    ready: async (page) => {
      await expect(async () => {
        await headerSearch(page).fill('hwasong');
        await expect(searchResults(page).getByRole('option').first()).toBeVisible({ timeout: 2_000 });
      }).toPass();
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colors: no WCAG 2.1 A/AA violations`, () => {
    test.use({ colorScheme });
    // axe reads every element's colors; the home page's mention map alone has hundreds.
    test.slow();

    for (const { name, path, ready } of PAGE_TYPES) {
      test(`${name} (${path})`, async ({ page }) => {
        await page.goto(path);
        await ready?.(page);
        const violations = await listAxeViolations(page);
        expect(violations, `axe found ${violations.length} violation(s) on ${path}:\n${violations.join('\n')}`).toEqual([]);
      });
    }
  });
}

test('printing an entry hides the search form and keeps every quote and its source', async ({ page }) => {
  await page.goto(`/entries/${entry.slug}`);
  await expect(page.getByRole('search')).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('search')).toBeHidden();
  const references = page.getByRole('region', { name: 'References' });
  const list = entryReferences(entry).list;
  const items = references.getByRole('listitem');
  await expect(items).toHaveCount(list.length);
  for (const [i, r] of list.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole('blockquote')).toBeVisible();
    await expect(item.getByRole('blockquote')).toHaveText(r.citation.quote);
    await expect(item).toContainText(r.citation.blockLabel);
  }
  for (const source of new Set(list.map((r) => r.citation.source))) await expect(references.getByRole('heading', { name: sourceHeading(source) })).toBeVisible();
});
