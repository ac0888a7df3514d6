import { expect, test } from '@playwright/test';
import { archivedExtras, listSources, plural, sourceShortName } from '../../catalog/views';

test('the sources page counts paragraphs and photo captions in good English', async ({ page }) => {
  await page.goto('/sources');
  const counts = listSources().map((s) => {
    const shown = s.blocks.filter((b) => !b.duplicateOf);
    return `${plural(shown.filter((b) => b.kind === 'paragraph').length, 'paragraph')}, ${plural(shown.filter((b) => b.kind === 'caption').length, 'photo caption')}`;
  });
  // One article has a single caption: "1 photo caption", not "1 photo captions".
  expect(counts.some((c) => c.endsWith(', 1 photo caption'))).toBe(true);
  for (const [i, source] of listSources().entries()) {
    const item = page.getByRole('main').getByRole('listitem').filter({ hasText: sourceShortName(source.meta.id) });
    await expect(item).toContainText(counts[i]!);
    await expect(item).not.toContainText('archived as');
  }
  await expect(page.getByRole('main')).not.toContainText(/\b1 (paragraphs|photo captions)\b/);
});

for (const source of listSources()) {
  const id = source.meta.id;
  const extras = archivedExtras(source);

  test(`${id}: the archived text's page says in one sentence what it is, the file's name and digest in a details element`, async ({ page }) => {
    await page.goto(`/sources/${id}/text`);
    const intro = page.getByRole('main').getByRole('paragraph').filter({ hasText: /^This is the article as the catalog stores it/ });
    if (extras) await expect(intro).toContainText(`it includes ${extras}, which the reader leaves out.`);
    else await expect(intro).toContainText('the reader shows every passage of it.');
    expect((await intro.innerText()).match(/[.!?](\s|$)/g)?.length, 'one sentence').toBe(1);
    if (!source.blocks.some((b) => b.kind === 'chrome')) await expect(intro).not.toContainText(/navigation|widget|website/);
    // The file's name and digest are there for those who look, not in the reader's way.
    const digest = page.getByText(source.meta.sha256);
    await expect(digest).toBeHidden();
    await expect(page.getByRole('main')).not.toContainText(/\.txt\b/, { useInnerText: true });
    await page.getByText('File details').click();
    await expect(digest).toBeVisible();
    await expect(page.getByText(source.meta.archivedAs)).toBeVisible();

    await page.goto(`/sources/${id}`);
    await page.getByText('About this source').click();
    const about = page.getByRole('main').getByRole('paragraph').filter({ hasText: /^The text exactly as archived/ });
    await expect(about).toContainText(extras ? `including ${extras}, which this view leaves out.` : 'this view shows every passage of it.');
  });
}
