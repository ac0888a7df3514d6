/**
 * Post-build step (`npm run build` runs it last, after scripts/strip-runtime.mjs): writes a brotli (.br) and a
 * gzip (.gz) copy next to every text file in out/, so that `npm start` (sirv) and nginx
 * (`gzip_static`) send compressed bytes without compressing on every request. Hosts and CDNs
 * that compress by themselves ignore the copies; they may be left out of an upload.
 * Usage: node deploy/precompress.mjs [out-dir]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'out');
const TEXT = /\.(html|js|css|json|jsonld|txt|svg|xml)$/;
// Below this, compression saves less than the headers it adds.
const MIN_BYTES = 1024;

let count = 0;
let before = 0;
let after = 0;
for (const file of readdirSync(root, { recursive: true })) {
  if (!TEXT.test(file)) continue;
  const body = readFileSync(path.join(root, file));
  if (body.length < MIN_BYTES) continue;
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  writeFileSync(path.join(root, `${file}.br`), brotli);
  writeFileSync(path.join(root, `${file}.gz`), gzipSync(body, { level: 9 }));
  count++;
  before += body.length;
  after += brotli.length;
}
console.log(`precompress: ${count} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB with brotli (and a .gz copy of each)`);
