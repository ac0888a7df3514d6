import { expect, test } from '@playwright/test';
import { getCatalog } from '../../catalog/index';
import { entryHref, entryReferences } from '../../catalog/views';
import { crawlSite, fragmentId } from './support/crawl';
import { articleWords } from './support/reader';

test('every internal link answers and every #fragment lands on an element', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const { pages, links } = await crawlSite(page, baseURL!);
  const withFragment = links.filter((link) => fragmentId(link.to.hash) !== '');
  test.info().annotations.push({
    type: 'checked',
    description: `${pages.size} addresses, ${links.length} links, ${withFragment.length} links with a #fragment`,
  });
  await test.info().attach('addresses crawled', {
    body: [...pages.values()].map((p) => `${p.status} ${p.path}`).join('\n'),
    contentType: 'text/plain',
  });

  const broken = [...pages.values()].filter((p) => p.status >= 400).map((p) => `${p.path} answers ${p.status}, linked from ${linkedFrom(p.path)}`);
  expect.soft(broken, 'internal links that do not answer').toEqual([]);

  const missing = new Set<string>();
  for (const { from, to } of withFragment) {
    const target = pages.get(to.pathname);
    const id = fragmentId(to.hash);
    if (target && target.ids.length > 0 && !target.ids.includes(id)) missing.add(`${from} links to ${to.pathname}#${id}, which has no element with that id`);
  }
  expect.soft([...missing], 'fragments with nothing to land on').toEqual([]);

  const repeated = [...pages.values()].flatMap((p) =>
    [...new Set(p.ids.filter((id, i) => p.ids.indexOf(id) !== i))].map((id) => `${p.path}: id "${id}" is used ${p.ids.filter((x) => x === id).length} times`),
  );
  expect.soft(repeated, 'ids used more than once, so a link to them lands on the first only').toEqual([]);

  function linkedFrom(path: string): string {
    return [...new Set(links.filter((l) => l.to.pathname === path).map((l) => l.from))].join(', ');
  }
});

const { entries } = getCatalog();
const referenceCount = entries.reduce((sum, e) => sum + entryReferences(e).list.length, 0);

test.describe(`all ${referenceCount} reference links of the ${entries.length} entries land on the quoted words`, () => {
  // Each test opens an entry and then every source it cites.
  test.slow();
  for (const entry of entries) {
    const references = entryReferences(entry).list;
    const n = references.length;
    test(`${entry.name}: ${n} reference link${n === 1 ? '' : 's'}`, async ({ page }) => {
      await page.goto(entryHref(entry.slug));
      const items = page.getByRole('region', { name: 'References' }).getByRole('listitem');
      await expect(items).toHaveCount(n);

      const links: { label: string; href: string; quote: string }[] = [];
      for (const [i, { citation }] of references.entries()) {
        const item = items.nth(i);
        await expect(item.getByRole('blockquote')).toHaveText(citation.quote);
        const link = item.getByRole('link', { name: 'Read it in the article' });
        await expect(link).toHaveAttribute('href', /#./);
        const href = (await link.getAttribute('href'))!;
        links.push({ label: `[${i + 1}] ${href}`, href, quote: citation.quote });
      }

      for (const { label, href, quote } of links) {
        const url = new URL(href, page.url());
        if (url.pathname !== new URL(page.url()).pathname) await page.goto(url.pathname);
        const id = fragmentId(url.hash);
        // The page is static: count once instead of waiting for the count to change.
        const targets = page.locator(`[id="${id}"]`);
        const count = await targets.count();
        expect.soft(count, `${label}: one element should carry the id`).toBe(1);
        if (count === 0) continue;
        expect.soft(await articleWords(targets.first()), `${label}: the element should hold the quoted words`).toContain(quote);
      }
    });
  }
});
