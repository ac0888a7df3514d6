import { expect, test, type Page } from '@playwright/test';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the catalog' });
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const dropdownNotice = (page: Page) => page.getByRole('banner').locator('#site-search-notice');

/** The dropdown's notice: the first thing under the box, before any result. */
async function expectDropdownFirst(page: Page, query: string, notice: string) {
  await page.goto('/');
  await searchBox(page).fill(query);
  await expect(dropdownNotice(page)).toHaveText(notice);
  const [noticeBox, listBox] = await Promise.all([dropdownNotice(page).boundingBox(), suggestions(page).boundingBox()]);
  if (listBox) expect(noticeBox!.y).toBeLessThan(listBox.y);
}

test.describe('a designation no source names is said to be unnamed, first', () => {
  const notice =
    '“Hwasong-15” is not named in these sources. Other systems with a similar designation, which are not the same system: Hwasong-12, Hwasong-17, Hwasong-18.';

  test('in the dropdown, with the Hwasong entries under "Other systems"', async ({ page }) => {
    await expectDropdownFirst(page, 'Hwasong-15', notice);
    const others = suggestions(page).getByRole('group', { name: 'Other systems' });
    for (const name of ['Hwasong-12', 'Hwasong-17', 'Hwasong-18']) await expect(others.getByRole('option', { name: new RegExp(`^${name}\\b`) })).toHaveCount(1);
    await expect(suggestions(page).getByRole('group', { name: 'Entries' })).toHaveCount(0);
  });

  test('on the search page', async ({ page }) => {
    await page.goto('/search?q=Hwasong-15');
    await expect(page.getByRole('main').locator('#search-page-notice')).toHaveText(notice);
    await expect(page.getByRole('region', { name: 'Other systems' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Entries' })).toHaveCount(0);
  });

  test('"MQ-1 Predator" is not the MQ 9 Reaper', async ({ page }) => {
    await expectDropdownFirst(
      page,
      'MQ-1 Predator',
      '“MQ-1” is not named in these sources. Other systems with a similar designation, which are not the same system: MQ 9 Reaper.',
    );
  });
});

test.describe('a specification question is answered first', () => {
  test('"hwasong-17 range": not stated', async ({ page }) => {
    await expectDropdownFirst(page, 'hwasong-17 range', 'Hwasong-17 — Range: not stated in these sources.');
    await expect(suggestions(page).getByRole('option').first()).toContainText('Hwasong-17');
  });

  test('"hwasong-18 propellant": the fact with its speaker, on the search page too', async ({ page }) => {
    await page.goto('/search?q=hwasong-18+propellant');
    await expect(page.getByRole('main').locator('#search-page-notice')).toHaveText('Hwasong-18 — Propellant: North Korea claimed: solid-fuel.');
  });
});

test.describe('results show each fact with its certainty and speaker', () => {
  test('in the dropdown: "solid-fuel" finds the claim as a claim', async ({ page }) => {
    await page.goto('/');
    await searchBox(page).fill('solid-fuel');
    await expect(suggestions(page).getByRole('option').first()).toContainText('Propellant: North Korea claimed: solid-fuel');
  });

  test('on the search page: a hedged fact says it is hedged', async ({ page }) => {
    await page.goto('/search?q=compatible');
    const entries = page.getByRole('region', { name: 'Entries' });
    await expect(entries.getByText('Compatibility: would be compatible with Russian systems (hedged: possible)').first()).toBeVisible();
  });
});

test('abbreviations find their systems: "122mm" and "MRL"', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('122mm');
  await expect(suggestions(page).getByRole('option').first()).toContainText('122-millimeter shells');
  await searchBox(page).fill('MRL');
  await expect(suggestions(page).getByRole('option').first()).toContainText('multiple rocket launcher rounds');
});
