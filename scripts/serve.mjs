/**
 * Serves the static site in out/ with sirv: a real 404 status (with the 404 page) for unknown
 * paths, and on every response the security headers of scripts/security-headers.mjs, with the
 * Content-Security-Policy that scripts/csp.mjs computed for the page. PORT overrides 3000.
 * Usage: node scripts/serve.mjs [out-dir]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { POLICY_DIR, POLICY_FILE, policyForPath, securityHeaders } from './security-headers.mjs';

const root = path.resolve(process.argv[2] ?? 'out');
for (const file of ['index.html', '404.html', POLICY_FILE]) {
  if (!existsSync(path.join(root, file))) {
    console.error(`Nothing to serve: ${root}/${file} is missing. Run "npm run build" first.`);
    process.exit(1);
  }
}
const policies = JSON.parse(readFileSync(path.join(root, POLICY_FILE), 'utf8'));
const notFoundPage = readFileSync(path.join(root, '404.html'));

const assets = sirv(root, {
  extensions: ['html'],
  etag: true,
  // The .br and .gz copies deploy/precompress.mjs wrote at build time, for clients that accept them.
  brotli: true,
  gzip: true,
  setHeaders(res, pathname) {
    // File names under /_next/static/ change with their content, so they never need revalidating.
    if (pathname.startsWith('/_next/static/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    // sirv's type table has no BibTeX; the citation downloads should not arrive as bytes.
    if (pathname.endsWith('.bib')) res.setHeader('Content-Type', 'application/x-bibtex; charset=utf-8');
  },
});

/** The decoded path of a request, or null when its percent-escapes are malformed. */
function requestPath(url) {
  try {
    return decodeURI(url.split('?')[0]);
  } catch {
    return null;
  }
}

function sendNotFound(res) {
  res.writeHead(404, { 'Content-Security-Policy': policies['/404.html'], 'Content-Type': 'text/html; charset=utf-8' });
  res.end(notFoundPage);
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
  for (const [name, value] of Object.entries(securityHeaders(policyForPath(policies, pathname)))) res.setHeader(name, value);
  if (pathname.startsWith(`/${POLICY_DIR}/`)) return sendNotFound(res);
  assets(req, res, () => sendNotFound(res));
});

const port = Number(process.env.PORT ?? 3000);
server.listen(port, () => console.log(`Serving ${root} on http://localhost:${port}`));
