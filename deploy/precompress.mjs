/**
 * Post-build step (`npm run build` runs it last, after scripts/strip-runtime.mjs): writes a brotli (.br) and a
 * gzip (.gz) copy next to every text file in out/, so that `npm start` (sirv) and nginx
 * (`gzip_static`) send compressed bytes without compressing on every request. Hosts and CDNs
 * that compress by themselves ignore the copies; they may be left out of an upload. A copy is
 * written only when it is smaller than the file by more than the response header that announces
 * it, so the search index's small files (an entry card of 600 bytes sends about 300) are
 * compressed too.
 * Usage: node deploy/precompress.mjs [out-dir]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'out');
const TEXT = /\.(html|js|css|json|jsonld|txt|svg|xml)$/;
// What announcing an encoding costs a response ("Content-Encoding: br" and its line end, with
// room to spare): a copy that saves less than this is not worth sending.
const HEADER_BYTES = 32;
const pays = (copy, body) => copy.length + HEADER_BYTES < body.length;

let count = 0;
let before = 0;
let after = 0;
for (const file of readdirSync(root, { recursive: true })) {
  if (!TEXT.test(file)) continue;
  const body = readFileSync(path.join(root, file));
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  if (!pays(brotli, body)) continue;
  writeFileSync(path.join(root, `${file}.br`), brotli);
  const gzip = gzipSync(body, { level: 9 });
  if (pays(gzip, body)) writeFileSync(path.join(root, `${file}.gz`), gzip);
  count++;
  before += body.length;
  after += brotli.length;
}
console.log(`precompress: ${count} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB with brotli (and a .gz copy where gzip pays too)`);
