/**
 * Serves the static site in out/ with sirv, a real 404 status for unknown paths, and the
 * security headers of scripts/security-headers.mjs. PORT overrides the default 3000.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { securityHeaders } from './security-headers.mjs';

const root = path.resolve(process.argv[2] ?? 'out');
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`Nothing to serve: ${root}/index.html is missing. Run "npm run build" first.`);
  process.exit(1);
}
const headers = securityHeaders();
const notFoundPage = readFileSync(path.join(root, '404.html'));

const assets = sirv(root, {
  extensions: ['html'],
  etag: true,
  setHeaders(res, pathname) {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (pathname.startsWith('/_next/static/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  },
});

const server = createServer((req, res) =>
  assets(req, res, () => {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFoundPage);
  }),
);

const port = Number(process.env.PORT ?? 3000);
server.listen(port, () => console.log(`Serving ${root} on http://localhost:${port}`));
