import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The article's own words inside an element: its text without the "Cited by …" links the reader
 * adds after each quote. A quote that contains another quote also contains that quote's links,
 * hidden until it is targeted; they are the catalog's words, not the article's.
 */
export function articleWords(element: Locator): Promise<string> {
  return element.evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('.backrefs').forEach((links) => links.remove());
    return copy.textContent ?? '';
  });
}

/**
 * Asserts that the address ends in a quote anchor (#q-<start>-<end>) whose mark holds `quote`,
 * is the page's :target, is painted by the reader's highlight and has been scrolled into view.
 */
export async function expectTargetedQuote(page: Page, quote: string): Promise<void> {
  expect(quote.trim(), 'the quote to look for should have words').not.toBe('');
  const hash = new URL(page.url()).hash.slice(1);
  expect(hash, `the address ${page.url()} should point at a quote`).toMatch(/^q-\d+-\d+$/);
  const mark = page.locator(`mark[id="${hash}"]`);
  await expect(mark, `exactly one mark should carry the id ${hash}`).toHaveCount(1);
  expect(await articleWords(mark)).toContain(quote);
  await expect.poll(() => mark.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(mark).toBeVisible();
  // The reader's :target rule paints the quote; quotes not pointed at have no background.
  await expect(mark).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(mark).toBeInViewport();
}
