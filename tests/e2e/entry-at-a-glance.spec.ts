import { expect, test, type Page } from '@playwright/test';
import {
  categorySlug,
  differenceViews,
  entryReferences,
  findEntry,
  firstStatementLine,
  glanceRows,
  labelRank,
  listEntries,
  relatedRows,
  statementRows,
} from '../../catalog/views';

/** The infobox: the first screen's statements, under "What the sources say". */
const glanceBox = (page: Page) => page.locator('.glance');

/** Bottom edge of an element, in px from the top of the viewport. */
const bottomOf = async (page: Page, selector: string) => page.locator(selector).last().evaluate((el) => el.getBoundingClientRect().bottom);

/** Lays out every block that waits for the viewport, as scrolling through the page would. */
const layOutAll = (page: Page) => page.evaluate(() => document.querySelectorAll<HTMLElement>('.render-near').forEach((el) => (el.style.contentVisibility = 'visible')));

for (const { width, height, colorScheme, javaScriptEnabled } of [
  { width: 375, height: 667, colorScheme: 'light' as const, javaScriptEnabled: true },
  { width: 1280, height: 800, colorScheme: 'dark' as const, javaScriptEnabled: false },
]) {
  test.describe(`the first screen at ${width} × ${height} (${colorScheme}, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ viewport: { width, height }, colorScheme, javaScriptEnabled });

    test('every entry answers what it is, what is said and who says it, without scrolling', async ({ page }) => {
      for (const entry of listEntries()) {
        await page.goto(`/entries/${entry.slug}`);
        const { glance } = glanceRows(entry);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.name);
        await expect(page.getByText('What the sources call it:')).toContainText(entry.category);
        const rows = glanceBox(page).locator('.statement-row');
        await expect(rows, entry.slug).toHaveCount(glance.length);
        expect(glance.length, entry.slug).toBeGreaterThan(0);
        expect(glance.length, entry.slug).toBeLessThanOrEqual(6);
        for (const [i, row] of glance.entries()) {
          // Word for word, with its speaker inline.
          await expect(rows.nth(i).getByRole('definition')).toContainText(`${row.speaker}: ${row.words}`);
        }
        const last = differenceViews(entry).length > 0 ? '.glance-pointer' : '.glance .statement-row';
        expect(await bottomOf(page, last), `${entry.slug}: the infobox ends within the first screen`).toBeLessThanOrEqual(height);
        if (differenceViews(entry).length > 0) await expect(page.locator('.glance-pointer')).toContainText(`Where the sources differ: ${differenceViews(entry)[0]!.label}`);
      }
    });
  });
}

test('statements come in the order of the label-priority table, specifications first', () => {
  for (const entry of listEntries()) {
    const ranks = statementRows(entry).rows.map((r) => r.rank);
    expect(ranks, entry.slug).toEqual([...ranks].sort((a, b) => a - b));
  }
  expect(labelRank('range')).toBeLessThan(labelRank('propellant'));
  expect(labelRank('propellant')).toBeLessThan(labelRank('type'));
  const hwasong18 = statementRows(findEntry('hwasong-18')!).rows;
  expect(hwasong18[0]!.labels).toEqual(['Propellant']);
});

test('two statements from one stretch of a sentence are one row carrying both labels', async ({ page }) => {
  const entry = findEntry('hwasong-18')!;
  const testing = statementRows(entry).rows.find((r) => r.labels.includes('Testing'))!;
  expect(testing.labels).toContain('Development');
  expect(testing.facts.length).toBeGreaterThan(1);
  await page.goto('/entries/hwasong-18');
  const row = page.locator(`[id="${testing.id}"]`);
  await expect(row.getByRole('term')).toContainText('Development · Testing');
  await expect(row.getByRole('definition')).toContainText('The article reports: The latest model (the Hwasong-18) North Korea claims to have developed was tested in mid-July');
  // Neither statement is printed again on a row of its own.
  await expect(page.locator('.statement-row').filter({ hasText: 'The latest model' })).toHaveCount(1);
});

test('home, category and search show an entry by its first statement, not by counts', async ({ page }) => {
  const entry = findEntry('hwasong-18')!;
  const line = firstStatementLine(entry)!;
  expect(line).toBe('Propellant: North Korea claimed: solid-fuel');
  await page.goto('/');
  const card = page.getByRole('link', { name: new RegExp(`^${entry.name}\\b`) });
  await expect(card).toContainText(line);
  await expect(page.getByRole('main')).not.toContainText(/\d+ passages? · \d+ sources?/);
  await page.goto(`/categories/${categorySlug(entry.category)}`);
  await expect(page.getByRole('link', { name: new RegExp(`^${entry.name}\\b`) })).toContainText(line);
  await page.goto('/search?q=hwasong-18');
  await expect(page.getByRole('link', { name: entry.name, exact: true }).locator('xpath=..')).toContainText(line);
});

test('at 375 px the Hwasong-18 and new UAV entries stay short, with every statement still on them', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  for (const [slug, limit] of [
    ['hwasong-18', 2400],
    ['new-uav', 3300],
  ] as const) {
    const entry = findEntry(slug)!;
    await page.goto(`/entries/${slug}`);
    await layOutAll(page);
    const main = page.getByRole('main');
    for (const row of statementRows(entry).rows) await expect(main, row.line).toContainText(`${row.speaker}: ${row.words}`);
    for (const row of relatedRows(entry)) await expect(main, row.line).toContainText(row.words);
    for (const d of differenceViews(entry)) for (const side of d.sides) await expect(main).toContainText(side.words);
    for (const r of entryReferences(entry).list) await expect(page.locator(`[id="${r.id}"]`)).toContainText(r.citation.quote);
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(tall, `${slug} is ${tall} px tall at 375 px`).toBeLessThanOrEqual(limit);
  }
});
