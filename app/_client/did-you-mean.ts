/**
 * On the 404 page: when the missing address is an entry's address in other letter case
 * (/entries/Hwasong-18), point to that entry at the top of the page. The entry's search head
 * says whether it exists and what it is called, so the page needs no list of every entry.
 */
import { entryHref } from '@/catalog/labels';
import { entryRef, headPath, type EntryHead } from '@/catalog/search/search-format';

export async function suggestEntry(slot: HTMLElement): Promise<void> {
  let path: string;
  try {
    path = decodeURIComponent(location.pathname).replace(/\/+$/, '');
  } catch {
    return;
  }
  const slug = /^\/entries\/([^/]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || entryHref(slug) === path) return;
  const response = await fetch(headPath(entryRef(slug))).catch(() => undefined);
  if (!response?.ok) return;
  const head = (await response.json()) as EntryHead;
  const link = slot.querySelector('a')!;
  link.href = entryHref(slug) + location.hash;
  link.textContent = head.name;
  slot.hidden = false;
}
