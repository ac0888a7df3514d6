import { expect, test, type Page } from '@playwright/test';
import { HOW_TO_READ_HREF } from '../../catalog/labels';
import { differenceViews, findEntry, listEntries, memorySearchReader, statementRows } from '../../catalog/views';

/** The row of an entry's statements whose label reads `label` and whose words hold `words`. */
const row = (page: Page, label: string, words: string) =>
  page
    .locator('.statement-row')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`(^|· )${label}( ·|$)`) }) })
    .filter({ hasText: words });

/** Words a reader took for the catalog's own judgement, or could not read: none may be shown. */
const JARGON = [/hedged: (probable|possible)/i, /unhedged/i, /not committed to/i, /own reporting/i, /\battributed\b/i, /text-fragment/i, /\bArticle [12]\b/];

for (const width of [375, 1280]) {
  test.describe(`who says it and how surely, in plain words, at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('a claim names its speaker with the source’s own verb; a hedge is named with its word', async ({ page }) => {
      await page.goto('/entries/hwasong-18');
      await expect(row(page, 'Propellant', 'solid-fuel').getByRole('definition')).toHaveText(/^North Korea claimed: solid-fuel \[\d+\] no hedge$/);
      const capability = row(page, 'Capability', 'most points on Earth').getByRole('definition');
      await expect(capability).toContainText('United Nations officials said: appeared capable of hitting “most points on Earth.”');
      await expect(capability.getByRole('link', { name: 'hedged with “appeared”' })).toHaveAttribute('href', HOW_TO_READ_HREF);
      await expect(capability.locator('.cue', { hasText: 'appeared' })).toBeVisible();
    });

    test('the article’s own voice, a modal, a negation, a likeness and a counter-claim', async ({ page }) => {
      await page.goto('/entries/122-millimeter-shells');
      await expect(row(page, 'Compatibility', 'compatible').getByRole('definition')).toContainText('Korea JoongAng Daily reports: would be compatible with Russian systems');
      await expect(row(page, 'Compatibility', 'compatible').getByRole('link', { name: 'hedged with “would”' })).toBeVisible();
      await expect(row(page, 'Design', 'Soviet').getByRole('link', { name: 'a comparison: “based on”' })).toBeVisible();
      await page.goto('/entries/intercontinental-ballistic-missiles');
      const negated = row(page, 'Identification', 'did not identify');
      await expect(negated).toContainText('The article reports: Voice of America did not identify the model ICBMs');
      await expect(negated.getByRole('link', { name: 'negated with “did not”' })).toBeVisible();
      await page.goto('/entries/artillery-shells');
      await expect(page.getByRole('link', { name: 'disputed: “which the North has denied”' }).first()).toBeVisible();
    });

    test('a statement from a photo caption says so', async ({ page }) => {
      await page.goto('/entries/hwasong-17');
      await expect(row(page, 'Launch', 'oversaw the launch')).toContainText(
        'North Korea’s state media said, in a photo caption: its leader Kim oversaw the launch of the Hwasong-17 missile',
      );
    });
  });
}

test('no entry shows a bare scale term or a developer’s word, and every statement links to “How to read an entry”', async ({ page }) => {
  for (const entry of listEntries()) {
    await page.goto(`/entries/${entry.slug}`);
    const text = await page.getByRole('main').innerText();
    for (const word of JARGON) expect(text, `${entry.slug}: ${word}`).not.toMatch(word);
    const statements = page.locator('.statement-row, #differences li');
    const count = await statements.count();
    expect(count, entry.slug).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(statements.nth(i).locator(`a[href="${HOW_TO_READ_HREF}"]`)).toHaveCount(1);
  }
});

test('“How to read an entry” defines every phrase of how surely that an entry uses', async ({ page }) => {
  await page.goto(HOW_TO_READ_HREF);
  const section = page.locator('#how-to-read ~ dl').last();
  await expect(page.getByRole('heading', { name: 'How to read an entry' })).toBeInViewport();
  const kinds = new Set(listEntries().flatMap((e) => statementRows(e).rows.flatMap((r) => r.how.split('; ').map((h) => h.split(/ “|: /)[0]!))));
  for (const kind of kinds) await expect(section.getByRole('term').filter({ hasText: kind }).first(), kind).toBeVisible();
});

test('a statement is worded the same on its entry and in search (lookup: tests/unit/cli-lookup.test.ts)', async ({ page }) => {
  const entry = findEntry('hwasong-18')!;
  const capability = statementRows(entry).rows.find((r) => r.labels.includes('Capability') && r.words.includes('most points'))!;
  expect(capability.line).toBe('Capability: United Nations officials said: appeared capable of hitting “most points on Earth.” (hedged with “appeared”)');
  const answer = await memorySearchReader().search('most points on earth');
  expect(answer.hits.find((h) => h.url === '/entries/hwasong-18')?.snippet).toBe(capability.line);
  await page.goto('/search?q=most%20points%20on%20earth');
  await expect(page.locator('#search-page-results')).toContainText(capability.line);
});

test('descriptions that agree are not shown as a difference: the Global Hawk has no "Where the sources differ"', async ({ page }) => {
  await page.goto('/entries/global-hawk');
  await expect(page.getByRole('heading', { name: 'What the sources say' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where the sources differ' })).toHaveCount(0);
});

test('each side of a difference names whose account it is', async ({ page }) => {
  const entry = findEntry('intercontinental-ballistic-missiles')!;
  const views = differenceViews(entry).flatMap((d) => d.sides);
  expect(views.map((s) => s.account)).toEqual(['The article reports', 'Japan’s Kyodo News claimed']);
  await page.goto(`/entries/${entry.slug}`);
  const sides = page.getByRole('region', { name: 'Where the sources differ' }).getByRole('listitem');
  await expect(sides).toHaveCount(views.length);
  for (const [i, side] of views.entries()) await expect(sides.nth(i)).toContainText(side.account);
});
