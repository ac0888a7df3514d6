import { expect, test, type Page } from '@playwright/test';
import { AZ_LIST_LIMIT, listEntries } from '../../catalog/views';

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

  test('on the search page, above the counts, which call the other systems other systems', async ({ page }) => {
    await page.goto('/search?q=Hwasong-15');
    const shown = page.getByRole('main').locator('#search-page-notice');
    await expect(shown).toHaveText(notice);
    const status = page.getByRole('main').getByRole('status');
    await expect(status).toHaveText(/^\d+ other systems? and \d+ passages? match\.$/);
    expect((await shown.boundingBox())!.y).toBeLessThan((await status.boundingBox())!.y);
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
    await expect(page.getByRole('main').locator('#search-page-notice')).toHaveText(/^Hwasong-18 — Propellant: North Korea claimed: solid-fuel\./);
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
    await expect(entries.getByText('Compatibility: Korea JoongAng Daily reports: would be compatible with Russian systems (hedged with “would”)').first()).toBeVisible();
  });
});

test.describe('each result line is the statement that matched', () => {
  test('"hwasong 18": the ICBMs by what Kyodo News claimed they appeared to be, not by the Hwasong-17', async ({ page }) => {
    await page.goto('/search?q=hwasong%2018');
    const icbms = page.getByRole('region', { name: 'Entries' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'intercontinental ballistic missiles', exact: true }) });
    await expect(icbms).toContainText('Identified as Hwasong-18: Japan’s Kyodo News claimed they (the model ICBMs present for the exhibition) appeared to be Hwasong-18s.');
    await expect(icbms).not.toContainText('Hwasong-17');
  });

  test('"firing missiles": the new UAV by the footage of its combat drone firing missiles', async ({ page }) => {
    await page.goto('/search?q=firing%20missiles');
    const first = page.getByRole('region', { name: 'Entries' }).getByRole('listitem').first();
    await expect(first).toContainText('new unmanned aerial vehicle');
    await expect(first).toContainText('including a clip of the combat drone firing missiles');
  });
});

test('without JavaScript, the search page lists every name and alias under its letter', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search?q=hwasong');
  const list = page.getByRole('region', { name: 'Every system and alias, A–Z' });
  const names = listEntries().flatMap((e) => [e.name, ...e.aliases]);
  expect(names.length).toBeLessThanOrEqual(AZ_LIST_LIMIT);
  for (const name of names) await expect(list.getByRole('link', { name, exact: true }).first(), name).toBeVisible();
  await expect(list.getByRole('heading', { name: 'H', exact: true })).toBeVisible();
  await context.close();
});

test('abbreviations find their systems: "122mm" and "MRL"', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('122mm');
  await expect(suggestions(page).getByRole('option').first()).toContainText('122-millimeter shells');
  await searchBox(page).fill('MRL');
  await expect(suggestions(page).getByRole('option').first()).toContainText('multiple rocket launcher rounds');
});
