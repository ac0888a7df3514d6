import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
export async function tabUntilFocused(page: Page, target: Locator, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  await expect(target, `not reached after ${max} presses of Tab`).toBeFocused({ timeout: 0 });
  return max;
}
