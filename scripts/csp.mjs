/**
 * Post-build step (`npm run build` runs it after `next build`): hashes the inline scripts of
 * every exported page, so that each page's Content-Security-Policy allows exactly its own
 * inline scripts instead of 'unsafe-inline'. Writes out/_csp/policies.json for `npm start` and
 * out/_csp/nginx-map.conf for the nginx example. Usage: node scripts/csp.mjs [out-dir]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy, NGINX_MAP_FILE, POLICY_DIR, POLICY_FILE } from './security-headers.mjs';

const root = path.resolve(process.argv[2] ?? 'out');

// Next's exported HTML is machine-written: a script's text never contains "</script" (React
// escapes it), so a pattern finds every inline script exactly.
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
// The policy allows no inline styles; name any page that has some, so the cause is obvious.
const INLINE_STYLE = /<style\b|\sstyle="/;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** `{ default, "/entries/x.html": policy, … }` for every .html file under `dir`. */
function computePolicies(dir) {
  const policies = { default: contentSecurityPolicy() };
  const pages = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html')).sort();
  for (const file of pages) {
    const html = readFileSync(path.join(dir, file), 'utf8');
    const hashes = [...new Set([...html.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1])))];
    policies[`/${file.split(path.sep).join('/')}`] = contentSecurityPolicy(hashes);
    if (INLINE_STYLE.test(html)) console.warn(`csp: ${file} has inline styles, which its policy blocks.`);
  }
  return policies;
}

/**
 * The policies as an nginx `map` from the served file's URI to its policy, with a hash bucket
 * big enough for the longest page path (nginx refuses to start otherwise).
 */
function toNginxMap(policies) {
  const longest = Math.max(...Object.keys(policies).map((file) => file.length));
  const bucket = 2 ** Math.ceil(Math.log2(Math.max(64, longest + 32)));
  const lines = Object.entries(policies).map(([file, csp]) => `  ${file === 'default' ? 'default' : `"${file}"`} "${csp}";`);
  return `# Written by scripts/csp.mjs at build time; do not edit.\nmap_hash_bucket_size ${bucket};\nmap $uri $csp {\n${lines.join('\n')}\n}\n`;
}

const policies = computePolicies(root);
mkdirSync(path.join(root, POLICY_DIR), { recursive: true });
writeFileSync(path.join(root, POLICY_FILE), `${JSON.stringify(policies, null, 2)}\n`);
writeFileSync(path.join(root, NGINX_MAP_FILE), toNginxMap(policies));
console.log(`csp: script hashes for ${Object.keys(policies).length - 1} pages written to ${path.relative(process.cwd(), path.join(root, POLICY_DIR))}/`);
