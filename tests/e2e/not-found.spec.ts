import { expect, test } from '@playwright/test';
import { findEntry } from '../../catalog/views';

const entry = findEntry('hwasong-18')!;
// The entry's name as a reader would type it into the address: "/entries/Hwasong-18".
const capitalised = `/entries/${entry.name}`;

test('an entry address typed with capitals points to the entry', async ({ page }) => {
  expect(capitalised).not.toBe(`/entries/${entry.slug}`);
  const response = await page.goto(capitalised);
  expect(response?.status()).toBe(404);
  const suggestion = page.getByRole('main').getByText(/^Did you mean the entry/);
  await expect(suggestion).toBeVisible();
  await suggestion.getByRole('link', { name: entry.name, exact: true }).click();
  await expect(page).toHaveURL(`/entries/${entry.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: entry.name })).toBeVisible();
});

test('an address that matches no entry in any case suggests none', async ({ page }) => {
  await page.goto('/entries/Hwasong-99');
  await expect(page.getByRole('heading', { level: 1, name: 'No page at this address' })).toBeVisible();
  await expect(page.getByText(/^Did you mean/)).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the 404 page for a capitalised entry address still links to the entry', async ({ page }) => {
    const response = await page.goto(capitalised);
    expect(response?.status()).toBe(404);
    await page.getByRole('main').getByRole('link', { name: entry.name, exact: true }).click();
    await expect(page).toHaveURL(`/entries/${entry.slug}`);
  });
});
