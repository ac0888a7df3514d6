import { expect, test } from '@playwright/test';
import { findNginx, startNginx } from '../../deploy/start-nginx.mjs';

/**
 * The nginx example (deploy/nginx.conf), run against the same out/, must answer like `npm start`:
 * same status, same security and cache headers, same bytes. Skipped only where nginx is neither
 * installed nor installable.
 */
const PORT = Number(process.env.NGINX_PORT ?? 4180);
const COMPARED_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy', 'cache-control'];
const PATHS = [
  '/',
  '/entries/hwasong-18',
  '/sources/article-000',
  '/sources/article-000/text',
  '/sources',
  '/search',
  '/search-index/manifest.json',
  '/search-index/terms/hw.json',
  '/search-index/e/hwasong-18.json',
  '/robots.txt',
  '/index.txt',
  '/no-such-page',
  '/entries/no-such-entry',
  '/favicon.ico',
  '/icon.svg',
  '/apple-touch-icon.png',
  '/sources/article-000%E0%A4%A',
];

// Both are right for JavaScript; nginx's mime.types still names the older one.
const mediaType = (type = '') => type.split(';')[0]!.trim().replace('application/javascript', 'text/javascript');

test.describe.configure({ mode: 'serial' });

let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000); // apt-get, on a machine without nginx
  const bin = findNginx({ install: true });
  test.skip(!bin, 'nginx is not installed and could not be installed (that needs root and apt-get): sudo apt-get install nginx');
  nginx = await startNginx({ root: 'out', port: PORT, bin });
});

test.afterAll(async () => {
  await nginx?.stop();
});

test('nginx answers every page type, asset and unknown address as npm start does', async ({ request }) => {
  const home = await (await request.get('/')).text();
  const assets = [...new Set(home.match(/\/(?:_next\/static|assets)\/[^"]+\.(?:js|css)/g))];
  expect(assets.some((a) => a.endsWith('.css')) && assets.some((a) => a.endsWith('.js'))).toBe(true);

  for (const path of [...PATHS, ...assets]) {
    const [ours, theirs] = await Promise.all([request.get(path), request.get(`${nginx!.url}${path}`)]);
    expect(theirs.status(), path).toBe(ours.status());
    for (const name of COMPARED_HEADERS) expect(theirs.headers()[name], `${path}: ${name}`).toBe(ours.headers()[name]);
    // A malformed address gets each server's own 400 message; everything else is the same file.
    if (ours.status() === 400) continue;
    expect(mediaType(theirs.headers()['content-type']), `${path}: content-type`).toBe(mediaType(ours.headers()['content-type']));
    expect((await theirs.body()).equals(await ours.body()), `${path}: body`).toBe(true);
  }
});

test('an entry address typed with capitals: npm start redirects to the entry; nginx answers 404 and points to it', async ({ page, request }) => {
  const ours = await request.get('/entries/Hwasong-18', { maxRedirects: 0 });
  expect([ours.status(), ours.headers()['location']]).toEqual([301, '/entries/hwasong-18']);

  const response = await page.goto(`${nginx!.url}/entries/Hwasong-18`);
  expect(response?.status()).toBe(404);
  const suggestion = page.getByRole('main').getByText(/^Did you mean the entry/);
  await expect(suggestion).toBeVisible();
  await suggestion.getByRole('link', { name: 'Hwasong-18', exact: true }).click();
  await expect(page).toHaveURL(`${nginx!.url}/entries/hwasong-18`);
});
