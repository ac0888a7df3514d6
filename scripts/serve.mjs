/**
 * Serves the static site in out/ with sirv, repeated requests answered from memory
 * (remember-responses.mjs): a real 404 status (with the 404 page) for unknown
 * paths (a permanent redirect for an address that differs from a page's only in letter case),
 * and the security headers of scripts/security-headers.mjs on every response. For
 * readers without JavaScript, /search?q=… comes back with the query echoed into the page.
 * PORT overrides 3000. Usage: node scripts/serve.mjs [out-dir]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { checkEchoSlots, echoQuery } from './query-echo.mjs';
import { rememberResponses } from './remember-responses.mjs';
import { IMMUTABLE_PREFIXES, securityHeaders } from './security-headers.mjs';

const root = path.resolve(process.argv[2] ?? 'out');
for (const file of ['index.html', '404.html', 'search.html']) {
  if (!existsSync(path.join(root, file))) {
    console.error(`Nothing to serve: ${root}/${file} is missing. Run "npm run build" first.`);
    process.exit(1);
  }
}
const notFoundPage = readFileSync(path.join(root, '404.html'));
const searchPage = readFileSync(path.join(root, 'search.html'), 'utf8');
checkEchoSlots(searchPage);

const assets = rememberResponses(sirv(root, {
  extensions: ['html'],
  etag: true,
  // The .br and .gz copies deploy/precompress.mjs wrote at build time, for clients that accept them.
  brotli: true,
  gzip: true,
  setHeaders(res, pathname) {
    // These file names change with their content, so they never need revalidating.
    if (IMMUTABLE_PREFIXES.some((p) => pathname.startsWith(p))) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    // sirv's type table has no BibTeX and no icon type; neither should arrive as bare bytes.
    if (pathname.endsWith('.bib')) res.setHeader('Content-Type', 'application/x-bibtex; charset=utf-8');
    if (pathname.endsWith('.ico')) res.setHeader('Content-Type', 'image/x-icon');
  },
}));

/** The decoded path of a request, or null when its percent-escapes are malformed. */
function requestPath(url) {
  try {
    return decodeURI(url.split('?')[0]);
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...securityHeaders(), Allow: 'GET, HEAD' });
    return res.end();
  }
  const pathname = requestPath(req.url);
  if (pathname === null) {
    res.writeHead(400, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end('Bad request: malformed percent-escape in the address.\n');
  }
  // Set before sirv answers, so 200, 304 and 404 responses all carry them.
  for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
  const query = new URL(req.url, 'http://localhost').searchParams.get('q');
  if ((pathname === '/search' || pathname === '/search.html') && query) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    return res.end(req.method === 'HEAD' ? undefined : echoQuery(searchPage, query));
  }
  assets(req, res, () => {
    // An address typed with capitals ("/entries/Hwasong-18") reaches the page it means: every
    // address of the site is lower case.
    const lower = pathname.toLowerCase();
    if (lower !== pathname && [lower, `${lower}.html`].some((f) => existsSync(path.join(root, path.normalize(f))) && path.normalize(f).startsWith('/'))) {
      res.writeHead(301, { Location: encodeURI(lower) + (req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '') });
      return res.end();
    }
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFoundPage);
  });
});

const port = Number(process.env.PORT ?? 3000);
server.listen(port, () => console.log(`Serving ${root} on http://localhost:${port}`));
