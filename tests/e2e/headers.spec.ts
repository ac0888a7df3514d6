import { expect, test, type ConsoleMessage, type Page, type Response } from '@playwright/test';

/** One page of each type; the last is an address with no page. */
const PAGES = ['/', '/entries/hwasong-18', '/sources/article-000', '/sources/article-000/text', '/sources', '/search?q=hwasong', '/about', '/no-such-page'];

/** The directives of a Content-Security-Policy header, by name. */
function parsePolicy(csp: string): Record<string, string[]> {
  return Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

/** The hardening every response must carry, whatever its type. */
function expectHardened(headers: Record<string, string>, url: string) {
  const csp = headers['content-security-policy'] ?? '';
  const policy = parsePolicy(csp);
  expect(csp, `${url}: no unsafe-inline or unsafe-eval`).not.toMatch(/unsafe-/);
  // No inline script anywhere, so no hashes or nonces either: scripts come from the site's files.
  expect(policy['script-src'], `${url}: script-src`).toEqual(["'self'"]);
  expect(policy['style-src'], `${url}: style-src`).toEqual(["'self'"]);
  expect(policy['object-src'], `${url}: object-src`).toEqual(["'none'"]);
  expect(policy['frame-ancestors'], `${url}: frame-ancestors`).toEqual(["'none'"]);
  expect(headers['x-content-type-options'], url).toBe('nosniff');
  expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], url).toContain('camera=()');
}

/** CSP violations, console errors and uncaught exceptions on `page`, collected for a final check. */
async function watchForTrouble(page: Page, { notFound = false } = {}): Promise<() => Promise<string[]>> {
  const trouble: string[] = [];
  // Chromium logs the 404 status of the not-found page itself as an error; that one is intended.
  const expected = (m: ConsoleMessage) => notFound && m.text().includes('status of 404') && m.location().url === page.url();
  page.on('console', (m) => m.type() === 'error' && !expected(m) && trouble.push(`console: ${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => trouble.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  return async () => [...trouble, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

const searchBox = (page: Page) => page.getByRole('banner').getByRole('combobox', { name: 'Search the catalog' });

for (const path of PAGES) {
  test(`${path}: every response is hardened and the browser reports no CSP violation`, async ({ page }) => {
    const responses: { url: string; type: string; headers: Record<string, string> }[] = [];
    // Each response's headers are read as it arrives, and every read is awaited before the
    // check: a read still pending when the page closes would fail outside the test.
    const reads: Promise<void>[] = [];
    const onResponse = (r: Response) => {
      reads.push(r.allHeaders().then((headers) => void responses.push({ url: r.url(), type: (headers['content-type'] ?? '').split(';')[0] ?? '', headers })));
    };
    page.on('response', onResponse);
    const trouble = await watchForTrouble(page, { notFound: path === '/no-such-page' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === '/no-such-page' ? 404 : 200);
    // Typing renders results in the client and fetches the search index, a JSON response.
    await searchBox(page).pressSequentially('hwasong');
    // Soft, so that a page the policy broke still reaches the report of what was blocked.
    await expect.soft(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    page.off('response', onResponse);
    await Promise.all(reads);

    const types = new Set(responses.map((r) => r.type));
    for (const type of ['text/html', 'text/javascript', 'text/css', 'application/json']) expect(types, `${path} loads ${type}`).toContain(type);
    for (const r of responses) expectHardened(r.headers, r.url);
    expect(await trouble()).toEqual([]);
  });
}

test('an unknown address answers 404 with the not-found page', async ({ page }) => {
  test.slow(); // several page loads
  for (const path of ['/no-such-page', '/entries/no-such-entry', '/sources/article-000/no-such-page', '/index.txt', '/about.txt']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    expectHardened(await response!.allHeaders(), path);
    await expect(page.getByRole('heading', { level: 1, name: 'No page at this address' })).toBeVisible();
  }
});

test('an address with malformed percent-escapes answers 400, hardened', async ({ request }) => {
  const response = await request.get('/sources/article-000%E0%A4%A');
  expect(response.status()).toBe(400);
  expectHardened(response.headers(), response.url());
});

test('the policy is enforced: an inline script or style attribute not in the build is refused', async ({ page }) => {
  const trouble = await watchForTrouble(page);
  await page.goto('/entries/hwasong-18');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.pwned = true';
    document.body.append(script);
    document.querySelector('h1')?.setAttribute('style', 'color: red');
  });
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveCSS('color', 'rgb(255, 0, 0)');
  const reported = (await trouble()).join('\n');
  expect(reported).toContain('script-src-elem blocked inline');
  expect(reported).toContain('style-src-attr blocked inline');
});

test('client-side navigation between page types stays within the policy', async ({ page }) => {
  const trouble = await watchForTrouble(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await page.getByRole('main').getByRole('link').first().click();
  await expect(page).not.toHaveURL(/\/sources$/);
  await page.waitForLoadState('networkidle');
  expect(await trouble()).toEqual([]);
});

test('junk in a reader anchor injects nothing and logs no error', async ({ page }) => {
  test.slow(); // several page loads
  const trouble = await watchForTrouble(page);
  const anchors = ['#%E0%A4%A', '#<script>window.pwned=true</script>', '#"><img src=x onerror="window.pwned=true">', '#:~:text=junk', '#:~:text=%3Cimg%20src%3Dx%3E', '#q-0-999999999'];
  for (const anchor of anchors) {
    await page.goto(`/sources/article-000${anchor}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('img[src="x"], [onerror]'), anchor).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned), anchor).toBeUndefined();
    expect(await trouble(), anchor).toEqual([]);
  }
});
