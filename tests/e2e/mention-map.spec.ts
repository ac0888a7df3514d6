import { expect, test, type Locator, type Page } from '@playwright/test';
import { entryPassages, entryReferences, findSource, listEntries, sourceShortName } from '../../catalog/views';
import { tabUntilFocused } from './support/keyboard';
import { escapeRegExp } from '../../catalog/text/reg-exp';
import { MAP_PAGES, mapOf, mapRows, scrollHint } from './support/mention-map';

/** How far a map scrolls sideways, and how far it can. */
const scrollState = (map: Locator) => map.evaluate((el) => ({ left: el.scrollLeft, overflow: el.scrollWidth - el.clientWidth }));

async function expectEveryMarkUsable(page: Page, ordinal: string) {
  {
    const map = mapOf(page, ordinal);
    const rows = await mapRows(map);
    expect(rows.length, `${ordinal} has rows`).toBeGreaterThan(0);
    for (const { name, figure, marks } of rows) {
      // The row's own count, so a row whose marks lie past the edge does not look empty.
      expect(figure, name).toBe(marks.length);
      // The whole name, never cut: its box holds all of its text.
      const label = map.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}(?=\\s|$)`, 'i') }).getByRole('link');
      await expect(label).toHaveText(name, { ignoreCase: true });
      expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `${name} is cut`).toBe(true);
      for (const mark of marks) {
        // Which system, which article and which passage.
        expect(mark.name, mark.name).toMatch(new RegExp(`^${escapeRegExp(name)}(?: in |: cited from )${escapeRegExp(ordinal)}, (Headline|Byline|Paragraph \\d+|Photo caption \\d+)`, 'i'));
        await mark.link.scrollIntoViewIfNeeded();
        const box = (await mark.link.boundingBox())!;
        expect(box.width >= 24 && box.height >= 24, `${mark.name}: ${box.width}×${box.height} px`).toBe(true);
      }
    }
  }
}

test.describe('on a 375 px phone, by touch', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true, javaScriptEnabled: false });

  for (const { path, ordinal } of MAP_PAGES) {
    test(`every mark is named, at least 24 × 24 px and reachable, and the map says it scrolls (${path})`, async ({ page }) => {
      test.slow(); // a bounding box for each of some sixty marks
      await page.goto(path);
      // The map scrolls inside its own box; the page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectEveryMarkUsable(page, ordinal);
      const { overflow } = await scrollState(mapOf(page, ordinal));
      expect(overflow, `${ordinal}'s map is wider than the phone`).toBeGreaterThan(0);
      await expect(scrollHint(page, ordinal)).toBeVisible();
    });
  }

  test('tapping the last mark of a row past the edge opens its passage', async ({ page }) => {
    await page.goto(MAP_PAGES[0]!.path);
    const map = mapOf(page, sourceShortName('article-000'));
    const rows = await mapRows(map);
    const row = rows.find((r) => r.name.toLowerCase() === '122-millimeter shells')!;
    const last = row.marks.at(-1)!;
    await last.link.scrollIntoViewIfNeeded();
    expect((await scrollState(map)).left, 'the map scrolled to show the mark').toBeGreaterThan(0);
    await last.link.tap();
    await expect(page).toHaveURL(/\/sources\/article-000#paragraph-\d+$/);
    const passage = page.locator(':target');
    await expect(passage).toBeInViewport();
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const { path, ordinal } of MAP_PAGES) {
    test(`every mark is named and at least 24 × 24 px; a map that fits says nothing of scrolling (${path})`, async ({ page }) => {
      test.slow();
      await page.goto(path);
      await expectEveryMarkUsable(page, ordinal);
      const { overflow } = await scrollState(mapOf(page, ordinal));
      if (overflow > 0) await expect(scrollHint(page, ordinal)).toBeVisible();
      else await expect(scrollHint(page, ordinal)).toBeHidden();
    });
  }
});

test('keyboard: Tab reaches the map itself, the arrow keys scroll it, Tab goes on to its marks', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(MAP_PAGES[0]!.path);
  const map = mapOf(page, sourceShortName('article-000'));
  // The map follows the article, so Tab passes the article's own links first.
  await tabUntilFocused(page, map, 600);
  await expect(map).toBeFocused();
  const before = (await scrollState(map)).left;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await scrollState(map)).left).toBeGreaterThan(before);

  // Tab walks the map in reading order: the first row's name, then its marks.
  const [first] = await mapRows(map);
  await page.keyboard.press('Tab');
  await expect(map.getByRole('rowheader').first().getByRole('link')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(first!.marks[0]!.link).toBeFocused();
  await expect(first!.marks[0]!.link).toBeInViewport();
});

test('every entry: the marks the map shows for it are its passages, and its references quote each of them', async ({ page }) => {
  const marks = new Map<string, number>();
  for (const { path, ordinal } of MAP_PAGES) {
    await page.goto(path);
    for (const row of await mapRows(mapOf(page, ordinal))) {
      marks.set(row.name.toLowerCase(), (marks.get(row.name.toLowerCase()) ?? 0) + row.marks.length);
    }
  }
  for (const entry of listEntries()) {
    const passages = entryPassages(entry.slug);
    expect(marks.get(entry.name.toLowerCase()) ?? 0, entry.slug).toBe(passages.length);
    // Each passage on the map is quoted in the entry's references, the one place the page prints passages.
    const quoted = new Set(
      entryReferences(entry).list.map((r) => {
        const block = findSource(r.citation.source)!.blocks.find((b) => b.id === r.citation.block)!;
        return `${r.citation.source}#${block.duplicateOf ?? block.id}`;
      }),
    );
    for (const p of passages) expect(quoted.has(`${p.source}#${p.block.id}`), `${entry.slug}: ${p.source} ${p.block.label}`).toBe(true);
  }
});
