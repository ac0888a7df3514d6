/**
 * Post-build step: writes the search index files (catalog/search/search-files.ts) under
 * out/search-index/, and prints how many and how large. Usage: tsx scripts/write-search-index.ts [out-dir]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_ROOT } from '../catalog/search/search-format';
import { siteSearchFiles } from '../catalog/views';

const root = path.resolve(process.argv[2] ?? 'out');
const dir = path.join(root, SEARCH_ROOT);
rmSync(dir, { recursive: true, force: true });
let bytes = 0;
let largest = { file: '', bytes: 0 };
const files = siteSearchFiles();
for (const [site, data] of files) {
  const file = path.join(root, site);
  const body = JSON.stringify(data);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
  bytes += body.length;
  if (body.length > largest.bytes) largest = { file: site, bytes: body.length };
}
console.log(`search index: ${files.size} files, ${(bytes / 1024).toFixed(0)} KB in all, the largest ${largest.file} (${(largest.bytes / 1024).toFixed(1)} KB)`);
