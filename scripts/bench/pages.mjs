/**
 * The page types every measurement covers, one real page each; the same addresses exist at
 * every catalog size (the synthetic catalogs keep the real one as they are, see make-corpus.mjs).
 * Lighthouse will not audit a page answered with status 404, so it audits the not-found page
 * at its own address, /404.html. `grows` marks pages whose content depends on the catalog's
 * size (and the entry, the figure readers meet most): only those are audited again at 10× and
 * 100×. A reader page holds one article and its own mention map at every size. `audit` marks
 * the page types Lighthouse audits at all (the archived text and about pages are plain text
 * pages like the sources page; their script is measured with every page's).
 */
export const PAGE_TYPES = [
  { name: 'home', path: '/', grows: true, audit: true },
  { name: 'entry', path: '/entries/hwasong-18', grows: true, audit: true },
  { name: 'reader', path: '/sources/article-000', grows: false, audit: true },
  { name: 'archived text', path: '/sources/article-000/text', grows: false },
  { name: 'sources', path: '/sources', grows: true, audit: true },
  { name: 'category', path: '/categories/arms', grows: true, audit: true },
  { name: 'about', path: '/about', grows: false },
  { name: '404', path: '/no-such-page', lighthousePath: '/404.html', grows: true, audit: true },
];

/** The pages that may load at most 10 KB of script before any interaction. */
export const READING_PAGES = ['home', 'entry', 'reader', 'archived text', 'sources', 'about', '404'];

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The value below which `p` percent of `values` fall (nearest rank). */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
