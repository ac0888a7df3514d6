/**
 * The page types every measurement covers, one real page each. Lighthouse will not audit a page
 * answered with status 404, so it audits the not-found page at its own address, /404.html.
 */
export const PAGE_TYPES = [
  { name: 'home', path: '/' },
  { name: 'entry', path: '/entries/hwasong-18' },
  { name: 'reader', path: '/sources/article-000' },
  { name: 'sources', path: '/sources' },
  { name: '404', path: '/no-such-page', lighthousePath: '/404.html' },
];

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
