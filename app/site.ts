/** Site-wide names and the public base URL used in metadata, the sitemap and exports. */
export const SITE_NAME = 'Cited Arsenal';
export const SITE_TAGLINE = 'The weapon systems named in two news articles, every line quoted from its source.';
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
