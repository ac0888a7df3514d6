import { expect, test, type Page } from '@playwright/test';
import { entryReferences, findEntry, passageHref } from '../../catalog/views';
import { listAxeViolations } from './support/axe';

const entry = findEntry('hwasong-18')!;
const first = entryReferences(entry).list[0]!;
const references = (page: Page) => page.getByRole('region', { name: 'References' });

test.describe('copy buttons', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  });

  test('"Copy" copies the quote with the address the page is served from, and says visibly that it copied', async ({ page, baseURL }) => {
    await page.goto(`/entries/${entry.slug}`);
    await page.getByRole('button', { name: `Copy citation ${first.n}` }).click();
    // While it shows "Copied", the button's name is no longer "Copy citation 1": find it by place.
    const button = references(page).getByRole('listitem').first().getByRole('button');
    await expect(button).toHaveText(/Copied ✓/);
    await expect(button).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied to the clipboard' })).toBeAttached();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`“${first.citation.quote}”`);
    expect(copied.endsWith(` ${baseURL}/sources/${first.citation.source}#${first.citation.anchor}`), copied).toBe(true);
    expect(copied).not.toContain('localhost:3000');
    // The label comes back, so the next copy can say so again.
    await expect(button).toHaveText(/^Copy/, { timeout: 5_000 });
  });

  test('the reader\'s "Cite" copies the passage\'s address as served, and says visibly that it copied', async ({ page, baseURL }) => {
    await page.goto('/sources/article-004');
    await page.getByRole('button', { name: 'Cite Paragraph 11' }).click();
    const button = page.locator('#paragraph-11').getByRole('button');
    await expect(button).toHaveText(/Copied ✓/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.endsWith(` ${baseURL}${passageHref('article-004', 'paragraph-11')}`), copied).toBe(true);
  });
});

test('the reader\'s "Cite" buttons have names that begin with what they show (axe label-content-name-mismatch)', async ({ page }) => {
  await page.goto('/sources/article-000');
  await expect(page.getByRole('button', { name: /^Cite / }).first()).toBeVisible();
  const violations = await listAxeViolations(page, { rules: ['label-content-name-mismatch'] });
  expect(violations).toEqual([]);
});

test('printed, an entry shows each reference\'s full address and leaves the navigation out', async ({ page, baseURL }) => {
  await page.goto(`/entries/${entry.slug}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('search', { name: 'Site search' })).toBeHidden();
  const list = entryReferences(entry).list;
  const links = references(page).getByRole('link', { name: 'Read it in the article' });
  await expect(links).toHaveCount(list.length);
  for (const [i, r] of list.entries()) {
    const printed = await links.nth(i).evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printed).toBe(`" (${baseURL}/sources/${r.citation.source}#${r.citation.anchor})"`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each reference gives its source and full address to copy by hand, without printing the quote again', async ({ page }) => {
    await page.goto(`/entries/${entry.slug}`);
    const item = references(page).getByRole('listitem').first();
    const fallback = item.getByText(/^Cite as: /);
    await expect(fallback).toContainText(`${first.citation.blockLabel}. `);
    await expect(fallback).toContainText(`/sources/${first.citation.source}#${first.citation.anchor}`);
    await expect(fallback).not.toContainText(first.citation.quote);
    await expect(item.getByRole('button')).toBeHidden();
  });
});
