/**
 * What a build of the site is made from, so that `npm start` can tell whether out/ is up to
 * date: a digest of every file the build reads (the catalog, the code, the configuration and
 * the locked dependencies) and the SITE_URL it writes into the pages. `npm run build` records
 * them in .next/build-inputs.json when it succeeds (`node scripts/build-inputs.mjs --record`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveSiteUrl } from './site-url.mjs';

/** The catalog's data, relative to the catalog's root (CATALOG_ROOT, else the project). */
const DATA = ['catalog/sources', 'catalog/entries'];
/** Code and configuration the build reads, relative to the project. */
const CODE = ['app', 'catalog', 'public', 'scripts', 'deploy', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];
const SKIP = new Set(['node_modules', '.git', 'out', '.next', 'bench']);
export const RECORD = '.next/build-inputs.json';

function listFiles(root, rel) {
  const full = path.join(root, rel);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [rel];
  return readdirSync(full)
    .filter((name) => !SKIP.has(name))
    .sort()
    .flatMap((name) => listFiles(root, path.join(rel, name)));
}

function digest(root, files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The inputs of a build from `root` with `env`: a digest of the catalog, one of the code, and the SITE_URL. */
export function buildInputs(root = process.cwd(), env = process.env) {
  const catalogRoot = path.resolve(root, env.CATALOG_ROOT ?? '.');
  return {
    catalog: digest(catalogRoot, DATA.flatMap((rel) => listFiles(catalogRoot, rel))),
    code: digest(root, CODE.flatMap((rel) => listFiles(root, rel)).filter((f) => !DATA.some((d) => f.startsWith(`${d}${path.sep}`)))),
    siteUrl: resolveSiteUrl(env),
  };
}

/** The inputs recorded by the last successful build, or null. */
export function recordedInputs(root = process.cwd()) {
  const file = path.join(root, RECORD);
  if (!existsSync(file) || !existsSync(path.join(root, 'out', 'index.html'))) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** What differs between two sets of inputs, in words: "the catalog", "SITE_URL (was …)". */
export function changedInputs(recorded, now) {
  if (!recorded) return ['there is no finished build in out/'];
  const changes = [];
  if (recorded.catalog !== now.catalog) changes.push('the catalog changed');
  if (recorded.code !== now.code) changes.push('the code or its configuration changed');
  if (recorded.siteUrl !== now.siteUrl) changes.push(`SITE_URL changed (it was ${recorded.siteUrl}, now ${now.siteUrl})`);
  return changes;
}

if (process.argv.includes('--record')) {
  mkdirSync(path.dirname(RECORD), { recursive: true });
  writeFileSync(RECORD, `${JSON.stringify(buildInputs(), null, 2)}\n`);
}
