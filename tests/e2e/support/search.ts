import { expect, type Locator, type Page } from '@playwright/test';

/** The header's search box, present on every page. */
export const headerSearch = (page: Page): Locator => page.getByRole('combobox', { name: 'Search the catalog' });

/** The dropdown of results under the header's search box. */
export const searchResults = (page: Page): Locator => page.getByRole('listbox', { name: 'Search results' });

/**
 * Presses "/" until the header search box has focus. The shortcut works once the page's script
 * has started; a key pressed before that does nothing, and a reader would press it again.
 */
export async function pressSlashToSearch(page: Page): Promise<void> {
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(headerSearch(page)).toBeFocused({ timeout: 500 });
  }).toPass();
}

/**
 * Types `query` into the focused header search box and waits for the dropdown to offer `result`.
 * Letters typed before the page's script started show no dropdown, so the box is cleared and
 * the query typed again until it does.
 */
export async function typeQueryUntilOffered(page: Page, query: string, result: Locator): Promise<void> {
  await expect(async () => {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(query);
    await expect(result).toBeVisible({ timeout: 2_000 });
  }).toPass();
}
