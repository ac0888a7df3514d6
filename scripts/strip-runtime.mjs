/**
 * Post-build step: the pages as readers get them. `next build` renders every page to HTML and
 * adds the React runtime, its chunk scripts and the inline flight data that hydrate the page in
 * the browser. Nothing on this site needs hydrating, so this step removes all of it from every
 * page in out/ (keeping JSON-LD data blocks), deletes the runtime's files and the per-page
 * flight data (*.txt) it alone reads, bundles the site's own small script (app/_client/site.ts,
 * with esbuild) into out/assets/, and links it from each page. It fails the build if any other
 * script survives. Usage: node scripts/strip-runtime.mjs [out-dir]
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(process.argv[2] ?? 'out');
export const ASSETS = 'assets';

// Next's exported HTML is machine-written: a script's text never contains "</script" (React
// escapes it), so these patterns find every script and script preload exactly.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:rel="modulepreload"|as="script")[^>]*\/?>/g;
const DATA_BLOCK = /\btype="application\/ld\+json"/;

/** Bundles app/_client/site.ts and the chunks it imports on demand; returns the entry's site path. */
async function bundleClient() {
  const outdir = path.join(root, ASSETS);
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { site: 'app/_client/site.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    // Native class fields and the like: no helper chunk that every page would have to import.
    target: ['es2022'],
    outdir,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'app/_client/site.ts')?.[0];
  if (!entry) throw new Error('strip-runtime: esbuild wrote no entry for app/_client/site.ts');
  const sizes = Object.entries(result.metafile.outputs).map(([file, o]) => `${path.basename(file)} ${(o.bytes / 1024).toFixed(1)} KB`);
  console.log(`strip-runtime: site script bundled (${sizes.join(', ')})`);
  return `/${path.relative(root, path.resolve(entry)).split(path.sep).join('/')}`;
}

/** The page without Next's scripts, with the site script in its place. */
function stripPage(html, file, scriptPath) {
  let out = html.replace(SCRIPT, (whole, attributes) => (DATA_BLOCK.test(attributes) ? whole : '')).replace(SCRIPT_PRELOAD, '');
  // Last in the body: a module script never blocks parsing, and placed here it is not even
  // requested before the page's own content and stylesheet. Chromium fetches a module script at
  // high priority, as it would a render-blocking one; `fetchpriority="low"` says it is not.
  out = out.replace('</body>', `<script type="module" fetchpriority="low" src="${scriptPath}"></script></body>`);
  const left = [...out.matchAll(SCRIPT)].filter((m) => !DATA_BLOCK.test(m[1]) && !m[1].includes(`src="${scriptPath}"`));
  if (left.length > 0 || !out.includes(scriptPath)) throw new Error(`strip-runtime: ${file} still has ${left.length} script(s) after stripping`);
  return out;
}

const files = readdirSync(root, { recursive: true }).map((f) => f.split(path.sep).join('/'));
const pages = files.filter((f) => f.endsWith('.html'));
const scriptPath = await bundleClient();
let before = 0;
let after = 0;
for (const file of pages) {
  const html = readFileSync(path.join(root, file), 'utf8');
  const stripped = stripPage(html, file, scriptPath);
  writeFileSync(path.join(root, file), stripped);
  before += html.length;
  after += stripped.length;
}

// The flight data of each page (<page>.txt beside <page>.html, and __next.* files) and the
// runtime's chunks are read only by the runtime that is no longer loaded.
const flight = files.filter((f) => path.basename(f).startsWith('__next.') || (f.endsWith('.txt') && pages.includes(f.replace(/\.txt$/, '.html'))));
for (const f of flight) rmSync(path.join(root, f), { force: true });
// Folders that held only flight data (out/about/, out/entries/<slug>/…) go too.
const folders = readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(d.parentPath, d.name));
for (const dir of folders.sort((a, b) => b.length - a.length)) if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
const chunks = path.join(root, '_next/static/chunks');
const runtime = existsSync(chunks) ? readdirSync(chunks).filter((f) => f.endsWith('.js')) : [];
for (const f of runtime) rmSync(path.join(chunks, f));
const buildManifests = readdirSync(path.join(root, '_next/static')).filter((d) => !['chunks', 'media'].includes(d));
for (const d of buildManifests) rmSync(path.join(root, '_next/static', d), { recursive: true, force: true });

console.log(
  `strip-runtime: ${pages.length} pages, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB of HTML; ` +
    `removed ${flight.length} flight-data files and ${runtime.length} runtime chunks`,
);
