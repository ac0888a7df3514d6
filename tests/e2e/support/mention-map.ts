import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from '../../../catalog/text/reg-exp';
import { listSources, sourceShortName } from '../../../catalog/views';

/** The pages that show the mention maps: each article's own reader, with that article's map. */
export const MAP_PAGES = listSources().map((s) => ({ path: `/sources/${s.meta.id}`, id: s.meta.id, ordinal: sourceShortName(s.meta.id) }));

/** The scrolling region of one article's mention map. */
export const mapOf = (page: Page, ordinal: string) => page.getByRole('region', { name: `Mention map of ${ordinal}, scrolls sideways` });

/** The line under a map's caption that says it scrolls. */
export const scrollHint = (page: Page, ordinal: string) =>
  page.getByRole('figure', { name: new RegExp(`^${escapeRegExp(ordinal)} `) }).getByText('Scroll the map sideways to see every passage');

export interface MapRow {
  /** The system's name as the row header shows it. */
  name: string;
  /** The row header's "N passages". */
  figure: number;
  marks: { link: Locator; name: string }[];
}

/** The rows of a map: each system, its own count and its marks with their accessible names. */
export async function mapRows(map: Locator): Promise<MapRow[]> {
  await expect(map).toBeAttached();
  // The map's section is laid out once it nears the viewport (`.render-near`), at the next
  // frame: its rendered text is read once it is.
  await map.scrollIntoViewIfNeeded();
  await expect.poll(() => map.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
  const rows: MapRow[] = [];
  for (const row of await map.getByRole('row').filter({ has: map.page().getByRole('rowheader') }).all()) {
    const header = row.getByRole('rowheader');
    const name = (await header.getByRole('link').innerText()).trim();
    const figure = Number(/(\d+) passages?$/.exec((await header.innerText()).trim())?.[1]);
    const marks = [];
    for (const link of await row.getByRole('cell').getByRole('link').all()) {
      const text = (await link.innerText()).trim();
      await expect(link).toHaveAccessibleName(text);
      marks.push({ link, name: text });
    }
    rows.push({ name, figure, marks });
  }
  return rows;
}
