import type { MetadataRoute } from 'next';
import { SITE_URL } from './site';

export const dynamic = 'force-static';

/** /robots.txt: everything may be crawled; points at the sitemap. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: `${SITE_URL}/sitemap.xml` };
}
