import { expect, test, type Locator, type Page } from '@playwright/test';
import { entryReferences, findEntry, findSource, listCategories, sourceTitle } from '../../catalog/views';
import { tabUntilFocused } from './support/keyboard';
import { expectTargetedQuote } from './support/reader';
import { headerSearch, pressSlashToSearch, searchResults, typeQueryUntilOffered } from './support/search';

/** The numbered references of an entry page, in order. */
const citationItems = (page: Page) => page.getByRole('region', { name: 'References' }).getByRole('listitem');
const readInArticle = { name: 'Read it in the article' } as const;
const hwasong18Result = (page: Page) => searchResults(page).getByRole('option', { name: /^Hwasong-18/ });

/**
 * A citation's quote as a reader sees it. The references lie below the fold, where a block is
 * laid out only as it nears the viewport (content-visibility: auto) and has no rendered text
 * until then: the citation is scrolled to, and its text read once it is laid out.
 */
async function quoteOf(citation: Locator): Promise<string> {
  await citation.scrollIntoViewIfNeeded();
  const quote = citation.getByRole('blockquote');
  await expect.poll(() => quote.innerText()).not.toBe('');
  return quote.innerText();
}

test('search, open the entry, follow a citation to the highlighted words and come back', async ({ page }) => {
  test.slow(); // four page loads
  await page.goto('/');
  await headerSearch(page).click();
  await typeQueryUntilOffered(page, 'hwasong 18', hwasong18Result(page));
  await hwasong18Result(page).click();

  await expect(page).toHaveURL('/entries/hwasong-18');
  await expect(page.getByRole('heading', { level: 1, name: 'Hwasong-18' })).toBeVisible();

  const citation = citationItems(page).first();
  const quote = await quoteOf(citation);
  await citation.getByRole('link', readInArticle).click();
  await expect(page).toHaveURL(/\/sources\/[\w-]+#q-\d+-\d+$/);
  await expectTargetedQuote(page, quote);

  // Only the targeted quote shows its "cited by" links, as a catalog annotation.
  const reference = entryReferences(findEntry('hwasong-18')!).list[0]!;
  await page.getByRole('link', { name: `Catalog annotation: cited by Hwasong-18 [${reference.n}]`, exact: true }).click();
  await expect(page).toHaveURL(`/entries/hwasong-18#${reference.id}`);
  const cited = citationItems(page).first();
  await expect.poll(() => cited.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(cited.getByRole('blockquote')).toHaveText(quote);
  await expect(cited).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a citation link still lands on the highlighted words', async ({ page }) => {
    await page.goto('/entries/global-hawk');
    const citation = citationItems(page).first();
    const quote = await quoteOf(citation);
    await citation.getByRole('link', readInArticle).click();
    await expectTargetedQuote(page, quote);
  });
});

test('keyboard only: "/" to search, arrow to the entry, Tab to a citation, Enter to the words', async ({ page }) => {
  test.slow(); // three page loads and a few dozen key presses
  await page.goto('/');
  await pressSlashToSearch(page);
  await typeQueryUntilOffered(page, 'hwasong 18', hwasong18Result(page));
  await page.keyboard.press('ArrowDown');
  await expect(hwasong18Result(page)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/entries/hwasong-18');

  const citation = citationItems(page).first();
  const quote = await quoteOf(citation);
  await tabUntilFocused(page, citation.getByRole('link', readInArticle));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sources\/[\w-]+#q-\d+-\d+$/);
  await expectTargetedQuote(page, quote);
});

test('a passage anchor that does not exist still shows the article', async ({ page }) => {
  const source = findSource('article-000')!;
  expect(source.blocks.map((b) => b.id)).not.toContain('paragraph-999');
  const firstParagraph = source.blocks.find((b) => b.kind === 'paragraph')!;

  const response = await page.goto('/sources/article-000#paragraph-999');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sourceTitle(source));
  await expect(page.locator(`#${firstParagraph.id}`)).toBeVisible();
  expect(await page.evaluate(() => document.querySelector(':target'))).toBeNull();
});

test('an unknown entry answers 404 with the search box, every category and the A–Z index', async ({ page }) => {
  const response = await page.goto('/entries/no-such-thing');
  expect(response?.status()).toBe(404);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'No page at this address' })).toBeVisible();
  for (const { category } of listCategories()) {
    await expect(main.getByRole('link', { name: category, exact: true })).toBeVisible();
  }
  await expect(main.getByRole('navigation', { name: 'A–Z index of systems and aliases' }).getByRole('link', { name: /^H\b/ })).toHaveAttribute('href', '/a-z/h');

  await main.getByRole('searchbox', { name: 'Search the catalog' }).fill('reaper');
  await main.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL('/search?q=reaper');
  await expect(page.getByRole('link', { name: findEntry('mq-9-reaper')!.name })).toBeVisible();
});
