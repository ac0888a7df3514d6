/** Ways to browse the catalog without searching: categories, and every name and alias A–Z. */
import type { CatalogEntry } from '../schema/derived';
import { normalizeWord } from '../search/search-text';
import { listEntries } from './core';
import { groupEntriesByCategory } from './entries';

/** The address segment of a category phrase, its words joined by hyphens: "UAV" → "uav", "artillery shells" → "artillery-shells". */
export function categorySlug(category: string): string {
  return category.split(/[\s-]+/u).map(normalizeWord).filter(Boolean).join('-') || 'other';
}

/** The address an earlier build gave a category of several words ("artilleryshells"), still answered. */
export function legacyCategorySlug(category: string): string {
  return normalizeWord(category.replace(/\s+/g, '-')) || 'other';
}

export const categoryHref = (category: string) => `/categories/${categorySlug(category)}`;

/** Every category with its entries, the largest first (ties in catalog order). */
export function listCategories(): { category: string; slug: string; entries: CatalogEntry[] }[] {
  return groupEntriesByCategory().map((g) => ({ ...g, slug: categorySlug(g.category) }));
}

export function findCategory(slug: string): ReturnType<typeof listCategories>[number] | undefined {
  return listCategories().find((c) => c.slug === slug) ?? listCategories().find((c) => legacyCategorySlug(c.category) === slug);
}

/** Every address of a category page: each category's own, and the older one where it differs. */
export function categoryParams(): { category: string }[] {
  return listCategories().flatMap((c) => [c.slug, ...(legacyCategorySlug(c.category) === c.slug ? [] : [legacyCategorySlug(c.category)])].map((category) => ({ category })));
}

/** A name as the A–Z index lists it: the entry's own name, or an alias pointing at it. */
export interface IndexedName {
  name: string;
  entry: CatalogEntry;
  /** Set for an alias: the entry's name. */
  aliasOf?: string;
}

/** The A–Z section a name files under: a–z by its first letter (accents folded), "0-9", or "other". */
export function azKey(name: string): string {
  const first = normalizeWord(name).charAt(0);
  if (/[a-z]/.test(first)) return first;
  return /\p{N}/u.test(first) ? '0-9' : 'other';
}

export const azHref = (key: string) => `/a-z/${key}`;

/** Up to this many names and aliases, one page lists them all; past it, each letter links to its own page. */
export const AZ_LIST_LIMIT = 200;

/** The A–Z index: every entry name and alias, filed by `azKey`, sections and names in order. */
export function azIndex(): { key: string; names: IndexedName[] }[] {
  const sections = new Map<string, IndexedName[]>();
  for (const entry of listEntries()) {
    const names: IndexedName[] = [{ name: entry.name, entry }, ...entry.aliases.map((a) => ({ name: a, entry, aliasOf: entry.name }))];
    for (const n of names) {
      const key = azKey(n.name);
      if (!sections.has(key)) sections.set(key, []);
      sections.get(key)!.push(n);
    }
  }
  const order = (k: string) => (k === '0-9' ? 0 : k === 'other' ? 2 : 1);
  return [...sections]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([key, names]) => ({ key, names: names.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })) }));
}
