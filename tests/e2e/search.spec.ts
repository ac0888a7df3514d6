import { expect, test, type Page } from '@playwright/test';
import { getCatalog } from '../../catalog/index';
import { entryHref } from '../../catalog/views';

/**
 * Console errors, uncaught exceptions and dialogs on `page`, collected for a final check. The
 * browser's own favicon request is not the page's doing, so its outcome is left out.
 */
function watchForTrouble(page: Page): string[] {
  const trouble: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) trouble.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => trouble.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    trouble.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return trouble;
}

/** Nothing a hostile query could have injected: no stray element or script, no global it set. */
async function expectNothingInjected(page: Page, trouble: string[]) {
  const injected = await page.evaluate(() => ({
    pwned: 'pwned' in window,
    elements: document.querySelectorAll('img[src="x"], [onerror], [onload]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('pwned')).length,
  }));
  expect(injected).toEqual({ pwned: false, elements: 0, scripts: 0 });
  expect(trouble).toEqual([]);
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the catalog' });
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

test.describe('header search', () => {
  test('shows entries, then passages, as you type, with the matching words marked', async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.goto('/');
    await searchBox(page).pressSequentially('hwas');
    const list = suggestions(page);
    await expect(list.getByRole('group', { name: 'Entries' }).getByRole('option').first()).toContainText('Hwasong-18');
    await expect(list.getByRole('group', { name: 'Passages' }).getByRole('option').first()).toBeVisible();
    await searchBox(page).fill('hwasong 17');
    const first = list.getByRole('group', { name: 'Entries' }).getByRole('option').first();
    await expect(first).toContainText('Hwasong-17');
    await expect(first.locator('mark.search-hit').first()).toHaveText('Hwasong-17');
    expect(trouble).toEqual([]);
  });

  test('while typing, entries are read from their heads; once typing pauses, one found by a fact shows the fact that matched', async ({ page }) => {
    await page.goto('/');
    const heads: string[] = [];
    page.on('request', (r) => new URL(r.url()).pathname.startsWith('/search-index/h/') && heads.push(new URL(r.url()).pathname));
    // Letters typed before the search code arrives are searched at once, as a whole query: wait for it.
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/search-index/manifest.json')), searchBox(page).focus()]);
    await searchBox(page).pressSequentially('mid-jul', { delay: 30 });
    const option = suggestions(page).getByRole('option', { name: /^Hwasong-18\b/ });
    await expect(option).toContainText('Development · Testing: The article reports: The latest model (the Hwasong-18) North Korea claims to have developed was tested in mid-July');
    // The words that matched are marked, in the statement and in the catalog's reading shown with it.
    const marks = option.locator('mark.search-hit');
    await expect(marks.first()).toHaveText('mid-July');
    expect(new Set(await marks.allInnerTexts())).toEqual(new Set(['mid-July']));
    expect(heads).toContain('/search-index/h/hwasong-18.json');
    // The line filled in without announcing the results again.
    await expect(page.locator('#site-search-status')).toHaveText(/^\d+ entr(y|ies) and \d+ passages?$/);
  });

  test('while typing, passages wait for the pause, and are then announced with the entries', async ({ page }) => {
    // The page's clock stands still while typing, however slowly the machine types: no pause
    // can happen until the test lets the clock run.
    const start = new Date('2026-01-01T00:00:00Z');
    await page.clock.install({ time: start });
    await page.goto('/');
    let passageReads = 0;
    page.on('request', (r) => void (new URL(r.url()).pathname.startsWith('/search-index/p/') && passageReads++));
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/search-index/manifest.json')), searchBox(page).focus()]);
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
    await searchBox(page).pressSequentially('armistice', { delay: 30 });
    // A second of real time, with the page's clock still standing: whatever typing alone does is done.
    await page.waitForTimeout(1_000);
    expect(passageReads, 'no passage is read while typing').toBe(0);
    await page.clock.runFor(1_000);
    const passages = suggestions(page).getByRole('group', { name: 'Passages' }).getByRole('option');
    await expect(passages.first()).toContainText(/armistice/i);
    expect(passageReads).toBeGreaterThan(0);
    await expect(page.locator('#site-search-status')).toHaveText(/^0 entries and \d+ passages?$/);
  });

  test('on a phone, the results lie above the page below the header, down to their last line', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    await searchBox(page).fill('hwasong 18');
    const all = page.getByRole('link', { name: 'See all results for “hwasong 18”' });
    await expect(all).toBeVisible();
    const box = (await all.boundingBox())!;
    // What a tap at the middle of the last line would reach: the link, not a section painted over it.
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.id ?? null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit).toBe('site-search-all');
  });

  test('tolerates a typo and ignores hyphens, spaces and case', async ({ page }) => {
    await page.goto('/');
    for (const query of ['hwasnog', 'HWASONG18', 'hwasong 18']) {
      await searchBox(page).fill(query);
      await expect(suggestions(page).getByRole('option').first()).toContainText('Hwasong-18');
    }
  });

  test('arrow keys move through the results and Enter opens one', async ({ page }) => {
    await page.goto('/');
    const box = searchBox(page);
    await box.fill('hwasong 18');
    const options = suggestions(page).getByRole('option');
    await expect(options.first()).toContainText('Hwasong-18');
    await box.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/entries\/hwasong-18$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hwasong-18');
  });

  test('a passage result opens the reader at that passage', async ({ page }) => {
    await page.goto('/');
    const box = searchBox(page);
    await box.fill('Kyodo News Hwasong-18s');
    const passage = suggestions(page).getByRole('group', { name: 'Passages' }).getByRole('option').first();
    await expect(passage).toContainText('Paragraph 12');
    await passage.click();
    await expect(page).toHaveURL(/\/sources\/article-004#paragraph-12$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('paragraph-12');
  });

  test('Escape closes the results; "/" focuses the box from anywhere else', async ({ page }) => {
    await page.goto('/');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    const box = searchBox(page);
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('');
    await page.keyboard.type('reaper');
    await expect(suggestions(page)).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(suggestions(page)).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('reaper');
  });

  test('"See all results" and Enter without a chosen result open the full results page', async ({ page }) => {
    await page.goto('/');
    await searchBox(page).fill('hwasong 18');
    await expect(page.getByRole('link', { name: 'See all results for “hwasong 18”' })).toHaveAttribute('href', '/search?q=hwasong+18');
    await searchBox(page).fill('drone');
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(/\/search\?q=drone$/);
    await expect(page.getByRole('heading', { name: 'Entries' })).toBeVisible();
  });
});

test('a forgiven typo is said above the results, in the dropdown and on the search page', async ({ page }) => {
  const notice = 'Showing matches for “hwasong” (you typed “hwasnog”).';
  await page.goto('/');
  await searchBox(page).fill('hwasnog 17');
  await expect(suggestions(page).getByRole('option').first()).toContainText('Hwasong-17');
  await expect(page.getByRole('banner').getByText(notice, { exact: true })).toBeVisible();
  await searchBox(page).fill('hwasong 17');
  await expect(page.getByRole('banner').getByText(notice, { exact: true })).toBeHidden();

  await page.goto('/search?q=hwasnog+17');
  await expect(page.getByRole('region', { name: 'Entries' }).getByRole('link').first()).toHaveText('Hwasong-17');
  await expect(page.getByRole('main').getByText(notice)).toBeVisible();
});

test.describe('search page', () => {
  test('reads ?q=, groups results, and keeps the address in step with typing', async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.goto('/search?q=hwasong+18');
    await expect(page).toHaveTitle(/^Search/);
    const box = page.getByRole('searchbox', { name: /Names, designations/ });
    await expect(box).toHaveValue('hwasong 18');
    await expect(page.getByRole('region', { name: 'Entries' }).getByRole('link').first()).toHaveText('Hwasong-18');
    await expect(page.getByRole('region', { name: 'Passages' }).getByRole('link', { name: /^Paragraph 11 · / })).toHaveAttribute(
      'href',
      '/sources/article-004#paragraph-11',
    );

    await box.fill("north's");
    await expect(page).toHaveURL(/\/search\?q=north%27s$/);
    await expect(page.getByRole('region', { name: 'Passages' }).locator('mark', { hasText: 'North’s' }).first()).toBeVisible();

    await page.reload();
    await expect(box).toHaveValue("north's");
    await expect(page.getByRole('region', { name: 'Passages' }).locator('mark', { hasText: 'North’s' }).first()).toBeVisible();
    expect(trouble).toEqual([]);
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/search?q=zzyzx');
    await expect(page.getByRole('status').filter({ hasText: 'No entries or passages match.' })).toBeVisible();
  });
});

test.describe('hostile input', () => {
  const strings = [
    '.*+?^${}()|[]\\',
    '<script>window.pwned = true</script>',
    '<img src=x onerror="window.pwned = true">',
    'שלום عربي \u202Ehwasong\u202C',
    'h\u0301\u0302\u0303w\u0300asong',
    `hwasong ${'\u0301'.repeat(300)}`,
  ];

  test('typed into the header box, is shown as text and breaks nothing', async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.goto('/');
    const box = searchBox(page);
    for (const text of strings) {
      await box.fill(text);
      await expect(box).toHaveValue(text);
    }
    await box.fill('x'.repeat(10_000));
    await box.fill(`hwasong ${'a'.repeat(10_000)}`);
    await expect(page.getByRole('link', { name: /See all results/ })).toBeVisible();
    await expectNothingInjected(page, trouble);
  });

  test('typed into the search page, is shown as text and kept in the address', async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.goto('/search');
    const box = page.getByRole('searchbox', { name: /Names, designations/ });
    for (const text of [...strings, 'q'.repeat(10_000)]) {
      await box.fill(text);
      await expect(box).toHaveValue(text);
      expect(new URL(page.url()).searchParams.get('q')).toBe(text);
    }
    await expectNothingInjected(page, trouble);
  });

  const addresses = [
    '%E0%A4%A',
    '%',
    '%%%25',
    '%ED%A0%80',
    '%3Cscript%3Ewindow.pwned%3Dtrue%3C%2Fscript%3E',
    '%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3Dtrue%22%3E',
    '%22%3E%3Csvg%20onload%3Dalert(1)%3E',
    encodeURIComponent('a'.repeat(10_000)),
  ];
  for (const q of addresses) {
    test(`?q=${q.slice(0, 40)} loads the search page without error`, async ({ page }) => {
      const trouble = watchForTrouble(page);
      const response = await page.goto(`/search?q=${q}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('searchbox', { name: /Names, designations/ })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /match|^$/ }).first()).toBeAttached();
      await expectNothingInjected(page, trouble);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form opens the search page, which echoes the query and leads to every system and alias A–Z', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Search the catalog' });
    await box.fill('hwasong <18>');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=hwasong\+%3C18%3E$/);
    const main = page.getByRole('main');
    await expect(main.getByText('You searched for “hwasong <18>”.')).toBeVisible();
    await expect(main.getByRole('searchbox', { name: /Names, designations/ })).toHaveValue('hwasong <18>');
    await expect(main.getByText('Searching by words needs JavaScript')).toBeVisible();

    const az = main.getByRole('region', { name: 'Every system and alias, A–Z' });
    await expect(az.getByRole('link', { name: 'Hwasong-18', exact: true })).toHaveAttribute('href', '/entries/hwasong-18');
    const alias = az.getByRole('listitem').filter({ hasText: 'Hwasong-18s' });
    await expect(alias).toContainText('(see Hwasong-18)');
    await alias.getByRole('link', { name: 'Hwasong-18s' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hwasong-18');
  });

  test('the A–Z index lists every name and alias of the catalog, each linked to its entry', async ({ page }) => {
    const expected = getCatalog().entries.flatMap((e) => [e.name, ...e.aliases].map((name) => ({ name, href: entryHref(e.slug) })));
    const found: { name: string; href: string }[] = [];
    await page.goto('/');
    const letters = await page.getByRole('main').getByRole('navigation', { name: 'A–Z index of systems and aliases' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const letter of letters) {
      await page.goto(letter);
      const items = await page.getByRole('main').getByRole('list').last().getByRole('link').evaluateAll((links) => links.map((a) => ({ name: a.textContent!, href: a.getAttribute('href')! })));
      found.push(...items);
    }
    const key = (n: { name: string; href: string }) => `${n.name} → ${n.href}`;
    expect(found.map(key).sort()).toEqual(expected.map(key).sort());
  });
});
