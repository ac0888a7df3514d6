import { expect, test, type Page } from '@playwright/test';
import type { SpanNode } from '../../catalog/text/nest-spans';
import { entryReferences, findEntry, listEntries, listSources, readerBlocks } from '../../catalog/views';

/** Mentions whose words refer to more than one system ("Such munitions"), with their block. */
function sharedMentions(sourceId: string) {
  const found: { block: string; words: string; entries: string[] }[] = [];
  const text = (nodes: SpanNode[]): string => nodes.map((n) => (n.kind === 'text' ? n.text : text(n.children))).join('');
  const walk = (block: string, nodes: SpanNode[]) =>
    nodes.forEach((n) => {
      if (n.kind === 'mention' && n.entries.length > 1) found.push({ block, words: text(n.children), entries: n.entries });
      if (n.kind !== 'text') walk(block, n.children);
    });
  for (const { block, nodes } of readerBlocks(sourceId)) walk(block.id, nodes);
  return found;
}

/** What a reader who selects a passage's text and copies it gets. */
const copiedText = (page: Page, blockId: string) =>
  page.locator(`[id="${blockId}"] .passage-main`).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });

for (const source of listSources()) {
  const id = source.meta.id;

  test(`${id}: each passage's text, as the page holds it and as a reader copies it, is the source's, word for word`, async ({ page }) => {
    await page.goto(`/sources/${id}`);
    for (const { block } of readerBlocks(id)) {
      // The passage as rendered, links and annotations included, reads exactly as the source…
      await expect(page.locator(`[id="${block.id}"] .passage-main`), block.label).toHaveText(block.text, { useInnerText: false });
      // …and so does what a reader copies from it.
      expect(await copiedText(page, block.id), block.label).toBe(block.text);
    }
  });
}

test('words that refer to several systems are followed by a catalog annotation, announced as one', async ({ page }) => {
  const shared = listSources().flatMap((s) => sharedMentions(s.meta.id).map((m) => ({ ...m, source: s.meta.id })));
  expect(shared.map((m) => m.words)).toContain('Such munitions');
  for (const { source, block, words, entries } of shared) {
    await page.goto(`/sources/${source}#${block}`);
    const passage = page.locator(`[id="${block}"]`);
    // The words themselves are not a link: they would otherwise point at only one of the systems.
    await expect(passage.getByRole('link', { name: words, exact: true })).toHaveCount(0);
    for (const slug of entries) {
      const link = passage.getByRole('link', { name: `Catalog annotation: refers to ${findEntry(slug)!.name}`, exact: true });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', `/entries/${slug}`);
    }
    const note = passage.locator('.annotation').first();
    const look = await note.evaluate((el) => ({
      label: getComputedStyle(el, '::before').content,
      font: getComputedStyle(el).fontFamily,
      textFont: getComputedStyle(el.closest('p, figcaption, h1')!).fontFamily,
      background: getComputedStyle(el).backgroundColor,
    }));
    expect(look.label).toContain('catalog');
    expect(look.font).not.toBe(look.textFont);
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
  }
});

test('"Cited by" sits under the passage as a catalog note, outside the article’s sentence', async ({ page }) => {
  await page.goto('/sources/article-000#paragraph-12');
  const passage = page.locator('#paragraph-12');
  const note = passage.getByRole('paragraph').filter({ hasText: /^In the catalog: cited by / });
  await expect(note).toBeVisible();
  const sentence = passage.getByRole('paragraph').filter({ hasText: 'Such munitions' });
  await expect(sentence).not.toContainText('cited by', { ignoreCase: true });
  const citing = listEntries()
    .filter((e) => e.citations.some((c) => c.source === 'article-000' && c.block === 'paragraph-12'))
    .map((e) => e.name);
  expect(citing.length).toBeGreaterThan(0);
  for (const name of citing) await expect(note.getByRole('link', { name, exact: true })).toBeVisible();
});

test('a targeted quote’s links back are a catalog annotation, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const entry = findEntry('hwasong-18')!;
  const reference = entryReferences(entry).list[0]!;
  const citation = reference.citation;
  await page.goto(`/sources/${citation.source}#${citation.anchor}`);
  const back = page.getByRole('link', { name: `Catalog annotation: cited by ${entry.name} [${reference.n}]`, exact: true });
  await expect(back).toBeVisible();
  await expect(back).toHaveAttribute('href', `/entries/${entry.slug}#${reference.id}`);
  // The quote's own text stays the article's words.
  await expect(page.locator(`mark[id="${citation.anchor}"]`)).toHaveText(citation.quote, { useInnerText: false });
  await context.close();
});
