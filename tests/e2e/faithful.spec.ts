import { expect, test, type Page } from '@playwright/test';

/** The fact table's row for a fact label, found by the words it shows. */
const factRow = (page: Page, label: string, words: string) =>
  page.getByRole('region', { name: 'What the sources say' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) }).filter({ hasText: words });

for (const width of [375, 1280]) {
  test.describe(`the fact table shows certainty and speaker where the fact is read, at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('a claim reads as a claim, with its speaker and a tag that is not colour alone', async ({ page }) => {
      await page.goto('/entries/hwasong-18');
      const row = factRow(page, 'Propellant', 'solid-fuel');
      await expect(row).toBeVisible();
      await expect(row).toContainText('North Korea claimed: solid-fuel');
      await expect(row.getByText('Attributed', { exact: true })).toBeVisible();
      await expect(row).toContainText('Reported in Article 2');
    });

    test('a hedge is kept and named: "appeared capable", probable', async ({ page }) => {
      await page.goto('/entries/hwasong-18');
      const row = factRow(page, 'Capability', 'most points on Earth');
      await expect(row).toContainText('United Nations officials said: appeared capable of hitting “most points on Earth.”');
      await expect(row).toContainText('hedged: probable (“appeared”)');
      await expect(row.locator('.cue', { hasText: 'appeared' })).toBeVisible();
    });

    test('a modal is kept: "would be compatible with Russian systems"', async ({ page }) => {
      await page.goto('/entries/122-millimeter-shells');
      const row = factRow(page, 'Compatibility', 'compatible');
      await expect(row).toContainText('would be compatible with Russian systems');
      await expect(row).toContainText('hedged: possible (“would”)');
    });

    test('a negation is kept, and the article’s own reporting is tagged as such', async ({ page }) => {
      await page.goto('/entries/intercontinental-ballistic-missiles');
      const row = factRow(page, 'Identification', 'did not identify');
      await expect(row).toContainText('Voice of America did not identify the model ICBMs');
      await expect(row.getByText('Own reporting', { exact: true })).toBeVisible();
      await expect(row).toContainText('negative (“did not”)');
    });

    test('a fact from a photo caption says so and shows the caption’s credit', async ({ page }) => {
      await page.goto('/entries/hwasong-17');
      const row = factRow(page, 'Launch', 'oversaw the launch');
      await expect(row).toContainText('North Korea’s state media said: its leader Kim oversaw the launch of the Hwasong-17 missile');
      await expect(row).toContainText('Reported in a photo caption in Article 2 — photo credit: Korean Central News Agency/Korea News Service via AP');
    });

    test('a counter-claim is shown beside the accusation', async ({ page }) => {
      await page.goto('/entries/artillery-shells');
      const row = factRow(page, 'Accusation', 'supplying arms');
      await expect(row).toContainText('The United States has accused: North Korea of supplying arms including millions of artillery shells to Russia … which the North has denied');
    });
  });
}

test('descriptions that agree are not shown as a difference: the Global Hawk has no "Where the sources differ"', async ({ page }) => {
  await page.goto('/entries/global-hawk');
  await expect(page.getByRole('heading', { name: 'What the sources say' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where the sources differ' })).toHaveCount(0);
});

test('each side of a difference names whose account it is', async ({ page }) => {
  await page.goto('/entries/intercontinental-ballistic-missiles');
  const sides = page.getByRole('region', { name: 'Where the sources differ' }).getByRole('listitem');
  await expect(sides).toHaveCount(3);
  await expect(sides.nth(2)).toContainText('Japan’s Kyodo News claimed');
  await expect(sides.nth(1)).toContainText('Article 2, its own reporting');
});
