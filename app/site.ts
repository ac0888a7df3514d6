/** Site-wide names and the public base URL used in metadata, the sitemap and exports. */
import { sourcesInWords } from '@/catalog/views';

export const SITE_NAME = 'Cited Arsenal';
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** The site's one-line description, with its count of sources derived from the catalog. */
export const siteTagline = () => `The weapon systems named in ${sourcesInWords()}, every line quoted from its source.`;
