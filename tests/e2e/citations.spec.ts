import { expect, test } from '@playwright/test';
import { findEntry, findSource, passageHref } from '../../catalog/views';
import { listAxeViolations } from './support/axe';

const entry = findEntry('hwasong-18')!;
const first = entry.citations[0]!;

test.describe('copy buttons', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  });

  test('"Copy citation" copies the quote with the address the page is served from, and says visibly that it copied', async ({ page, baseURL }) => {
    await page.goto(`/entries/${entry.slug}`);
    await page.getByRole('button', { name: 'Copy citation 1' }).click();
    // While it shows "Copied", the button's name is no longer "Copy citation 1": find it by place.
    const button = page.getByRole('region', { name: 'Citations' }).getByRole('listitem').first().getByRole('button');
    await expect(button).toHaveText(/Copied ✓/);
    await expect(button).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied to the clipboard' })).toBeAttached();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`“${first.quote}”`);
    expect(copied.endsWith(` ${baseURL}/sources/${first.source}#${first.anchor}`), copied).toBe(true);
    expect(copied).not.toContain('localhost:3000');
    // The label comes back, so the next copy can say so again.
    await expect(button).toHaveText(/^Copy citation/, { timeout: 5_000 });
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

test('printed, an entry shows each citation\'s full address and leaves the navigation out', async ({ page, baseURL }) => {
  await page.goto(`/entries/${entry.slug}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('search', { name: 'Site search' })).toBeHidden();
  const links = page.getByRole('region', { name: 'Citations' }).getByRole('link', { name: 'Read it in the article' });
  await expect(links).toHaveCount(entry.citations.length);
  for (const [i, c] of entry.citations.entries()) {
    const printed = await links.nth(i).evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printed).toBe(`" (${baseURL}/sources/${c.source}#${c.anchor})"`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each citation is shown as text to copy by hand, with its full address', async ({ page }) => {
    await page.goto(`/entries/${entry.slug}`);
    const item = page.getByRole('region', { name: 'Citations' }).getByRole('listitem').first();
    await expect(item.getByText(/^Citation: /)).toContainText(`/sources/${first.source}#${first.anchor}`);
    await expect(item.getByRole('button')).toBeHidden();
    expect(findSource(first.source)).toBeTruthy();
  });
});
