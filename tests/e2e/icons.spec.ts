import { expect, test } from '@playwright/test';

test('/favicon.ico is an icon, and every icon a page names is served', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  // An ICO file: reserved 0, type 1, and at least one image.
  const head = (await favicon.body()).subarray(0, 6);
  expect([head.readUInt16LE(0), head.readUInt16LE(2), head.readUInt16LE(4) > 0]).toEqual([0, 1, true]);

  await page.goto('/');
  const hrefs = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
  expect(hrefs).toEqual(expect.arrayContaining(['/favicon.ico', '/icon.svg', '/apple-touch-icon.png']));
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toMatch(/^image\//);
  }
});
