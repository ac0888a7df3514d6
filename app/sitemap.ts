import type { MetadataRoute } from 'next';
import { entryHref, listEntries, listSources, sourceHref } from '@/catalog/views';
import { SITE_URL } from './site';

export const dynamic = 'force-static';

/** /sitemap.xml: every page. No lastModified: the catalog records no dates it could vouch for. */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = ['/', '/sources', '/about', '/search', ...listEntries().map((e) => entryHref(e.slug)), ...listSources().map((s) => sourceHref(s.meta.id))];
  return paths.map((p) => ({ url: `${SITE_URL}${p}` }));
}
