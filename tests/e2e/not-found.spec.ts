import { expect, test } from '@playwright/test';
import { findEntry } from '../../catalog/views';

const entry = findEntry('hwasong-18')!;
// The entry's name as a reader would type it into the address: "/entries/Hwasong-18".
const capitalised = `/entries/${entry.name}`;

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('an entry address typed with capitals reaches the entry', async ({ page }) => {
      expect(capitalised).not.toBe(`/entries/${entry.slug}`);
      const response = await page.goto(capitalised);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveURL(`/entries/${entry.slug}`);
      await expect(page.getByRole('heading', { level: 1, name: entry.name })).toBeVisible();
    });
  });
}

test('an address that matches no entry in any case is a 404 that suggests none, and leads to every system A–Z', async ({ page }) => {
  const response = await page.goto('/entries/Hwasong-99');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'No page at this address' })).toBeVisible();
  await expect(page.getByText(/^Did you mean/)).toBeHidden();
  await page.getByRole('main').getByRole('link', { name: /^H\b/ }).click();
  await expect(page.getByRole('main').getByRole('link', { name: entry.name, exact: true })).toBeVisible();
});

test('a missing address outside /entries/ loads the site script alone: nothing else is fetched to suggest an entry', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const response = await page.goto('/no-such-page', { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(404);
  const scripts = requested.filter((p) => p.endsWith('.js'));
  expect(scripts).toHaveLength(1);
  expect(requested.filter((p) => p.startsWith('/search-index/'))).toEqual([]);
});
