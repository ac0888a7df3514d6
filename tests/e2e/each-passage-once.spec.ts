import { expect, test, type Page } from '@playwright/test';
import { entryReferences, findEntry, listEntries, listSources, readerBlocks, sourceShortName, statementRows } from '../../catalog/views';
import { expectTargetedQuote } from './support/reader';

const references = (page: Page) => page.getByRole('region', { name: 'References' });

test.describe('one list of references, each quote once', () => {
  for (const slug of ['hwasong-18', 'new-uav']) {
    test(`${slug}: every quote once, with one link to its words and one copy button; every footnote mark leads to one`, async ({ page }) => {
      const entry = findEntry(slug)!;
      const list = entryReferences(entry).list;
      await page.goto(`/entries/${slug}`);
      const items = references(page).getByRole('listitem');
      await expect(items).toHaveCount(list.length);
      const quotes = await references(page).getByRole('blockquote').allInnerTexts();
      expect(new Set(quotes).size, 'no quote printed twice').toBe(quotes.length);
      // A quote that lies inside another is not printed again on its own.
      for (const q of quotes) expect(quotes.filter((o) => o !== q && o.includes(q)), q).toEqual([]);
      for (const [i, r] of list.entries()) {
        const item = items.nth(i);
        await expect(item).toHaveAttribute('id', r.id);
        await expect(item.getByRole('link', { name: 'Read it in the article' })).toHaveCount(1);
        await expect(item.getByRole('button', { name: `Copy citation ${r.n}` })).toHaveCount(1);
      }
      for (const mark of await page.getByRole('link', { name: /^Footnote \d+$/ }).all()) {
        const id = (await mark.getAttribute('href'))!.slice(1);
        await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
      }
    });
  }

  test('references name each article by a short name from its own text, once per article', async ({ page }) => {
    await page.goto('/entries/intercontinental-ballistic-missiles');
    const headings = references(page).getByRole('heading', { level: 3 });
    await expect(headings).toHaveCount(listSources().length);
    await expect(headings.first()).toHaveText(/^Korea JoongAng Daily, “Kim shows off North's arsenal to Russian defense chief”$/);
    await expect(headings.nth(1)).toHaveText(/^“North Korean dictator Kim Jong-un on Wednesday led Russian…”$/);
    expect(sourceShortName('article-000')).toBe('Korea JoongAng Daily');
    expect(sourceShortName('article-004')).toBe('“North Korean dictator Kim Jong-un…”');
  });

  test('a reader’s link back to an entry lands on its footnote', async ({ page }) => {
    const entry = findEntry('hwasong-18')!;
    const row = statementRows(entry).rows[0]!;
    const reference = row.refs[0]!;
    await page.goto(reference.href);
    await page.getByRole('link', { name: `Catalog annotation: cited by ${entry.name} [${reference.n}]`, exact: true }).click();
    await expect(page).toHaveURL(`/entries/${entry.slug}#${reference.id}`);
    await expect(page.locator(`[id="${reference.id}"]`)).toBeInViewport();
  });
});

test.describe('paragraph numbers in the reader', () => {
  for (const { width, colorScheme, javaScriptEnabled } of [
    { width: 375, colorScheme: 'light' as const, javaScriptEnabled: true },
    { width: 1280, colorScheme: 'dark' as const, javaScriptEnabled: false },
  ]) {
    test(`at ${width} px (${colorScheme}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}): a margin number per paragraph, and the cited words highlighted and in view on arrival`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: width === 375 ? 667 : 800 }, colorScheme, javaScriptEnabled });
      const page = await context.newPage();
      const entry = findEntry('hwasong-18')!;
      const reference = entryReferences(entry).list.find((r) => r.citation.blockLabel === 'Paragraph 11')!;
      await page.goto(reference.href);
      await expectTargetedQuote(page, reference.citation.quote);
      const paragraph = page.locator(`[id="${reference.citation.block}"]`);
      await expect(paragraph).toBeInViewport();
      const number = await paragraph.evaluate((el) => getComputedStyle(el, '::before').content);
      expect(number).toBe('"11"');
      // The number is painted beside the paragraph, within the screen.
      const box = (await paragraph.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      for (const { block } of readerBlocks(reference.citation.source).filter((b) => b.block.kind === 'paragraph')) {
        const n = /\d+$/.exec(block.label)![0];
        expect(await page.locator(`[id="${block.id}"]`).getAttribute('data-n'), block.label).toBe(n);
      }
      await context.close();
    });
  }
});

for (const source of listSources()) {
  test(`${source.meta.id}: copying across paragraphs copies only the article’s words`, async ({ page }) => {
    await page.goto(`/sources/${source.meta.id}`);
    const blocks = readerBlocks(source.meta.id).filter((b) => b.block.kind !== 'headline');
    const copied = await page.evaluate(
      ([first, last]) => {
        const range = document.createRange();
        range.setStartBefore(document.getElementById(first!)!);
        range.setEndAfter(document.getElementById(last!)!);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
      },
      [blocks[0]!.block.id, blocks.at(-1)!.block.id],
    );
    const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
    expect(words(copied)).toBe(words(blocks.map((b) => b.block.text).join(' ')));
    for (const note of ['Cite', 'In the catalog', 'cited by', 'Photo caption', '#']) expect(copied, note).not.toContain(note);
  });
}

test.describe('pages for readers', () => {
  test('the about page says what the catalog promises and how to read an entry; the verifier’s rules are not on it', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the catalog promises');
    await expect(page.getByRole('heading', { name: 'How to read an entry' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(/quote-not-found|speaker-article|hedge-dropped/);
  });

  test('on a phone, the mention map first lists the passages that mention something', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/sources/article-004');
    const list = page.getByRole('region', { name: 'Passages that mention a catalogued system' });
    await list.scrollIntoViewIfNeeded();
    await expect(list).toBeVisible();
    const map = page.getByRole('region', { name: /^Mention map of / });
    expect((await list.boundingBox())!.y).toBeLessThan((await map.boundingBox())!.y);
    const paragraph11 = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Paragraph 11', exact: true }) });
    for (const entry of listEntries().filter((e) => e.citations.some((c) => c.source === 'article-004' && c.block === 'paragraph-11'))) {
      await expect(paragraph11.getByRole('link', { name: entry.name, exact: true })).toBeVisible();
    }
    // The legend explains only the kinds of passage this article has: it states no headline or byline.
    const legend = page.getByText(/^Columns:/);
    await expect(legend).not.toContainText('the headline');
    await expect(legend).not.toContainText('the byline');
  });
});
