import { expect, test } from '@playwright/test';
import { archivedExtras, listSources, plural, sourceOrdinal } from '../../catalog/views';

test('the sources page counts paragraphs and photo captions in good English', async ({ page }) => {
  await page.goto('/sources');
  const counts = listSources().map((s) => {
    const shown = s.blocks.filter((b) => !b.duplicateOf);
    return `${plural(shown.filter((b) => b.kind === 'paragraph').length, 'paragraph')}, ${plural(shown.filter((b) => b.kind === 'caption').length, 'photo caption')}`;
  });
  // One article has a single caption: "1 photo caption", not "1 photo captions".
  expect(counts.some((c) => c.endsWith(', 1 photo caption'))).toBe(true);
  for (const [i, source] of listSources().entries()) {
    const item = page.getByRole('main').getByRole('listitem').filter({ hasText: sourceOrdinal(source.meta.id) });
    await expect(item).toContainText(`${counts[i]} · archived as`);
  }
  await expect(page.getByRole('main')).not.toContainText(/\b1 (paragraphs|photo captions)\b/);
});

for (const source of listSources()) {
  const id = source.meta.id;
  const extras = archivedExtras(source);

  test(`${id}: the archived text's page says only what the file holds beyond the reader`, async ({ page }) => {
    await page.goto(`/sources/${id}/text`);
    const intro = page.getByRole('main').getByRole('paragraph').filter({ hasText: /^Every character of/ });
    if (extras) await expect(intro).toContainText(`including ${extras}, which the reader leaves out.`);
    else await expect(intro).toContainText('The reader shows every passage of it.');
    if (!source.blocks.some((b) => b.kind === 'chrome')) await expect(intro).not.toContainText(/navigation|widget|website/);

    await page.goto(`/sources/${id}`);
    await page.getByText('About this source').click();
    const about = page.getByRole('main').getByRole('paragraph').filter({ hasText: /^The text exactly as archived/ });
    await expect(about).toContainText(extras ? `including ${extras}, which this view leaves out.` : 'this view shows every passage of it.');
  });
}
