import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync } from 'node:zlib';
import sirv from 'sirv';
import { rememberResponses } from '../../scripts/remember-responses.mjs';

// A site of three files, served as scripts/serve.mjs serves out/: sirv with ETags and the
// precompressed copies, a header set before sirv answers, and the memory in front.
const dir = mkdtempSync(path.join(os.tmpdir(), 'remember-'));
const page = '<!doctype html><title>A</title><p>' + 'The page itself. '.repeat(40);
writeFileSync(path.join(dir, 'a.html'), page);
writeFileSync(path.join(dir, 'a.html.br'), brotliCompressSync(page));
writeFileSync(path.join(dir, 'b.html'), '<p>B</p>');
writeFileSync(path.join(dir, 'large.txt'), 'x'.repeat(5000));
writeFileSync(path.join(dir, 'd.html'), 'd'.repeat(500));

let server: Server;
let base = '';
// The client has the whole body before the server's end() returns: each request waits for both.
let served: Promise<unknown> = Promise.resolve();
const site = () => sirv(dir, { extensions: ['html'], etag: true, brotli: true, gzip: true });
const memory = rememberResponses(site(), { maxFileBytes: 4096 });
// Room for a.html and d.html, not for b.html as well.
const smallMemory = rememberResponses(site(), { maxBytes: page.length + 500 });

before(async () => {
  server = createServer((req, res) => {
    served = new Promise((resolve) => res.on('finish', resolve));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    (req.headers['x-memory'] === 'small' ? smallMemory : memory)(req, res, () => {
      res.writeHead(404);
      res.end('missing');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Status, the headers that matter and the body (fetch decodes a brotli copy). */
async function get(address: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + address, { headers: { 'accept-encoding': 'identity', ...headers } });
  const body = Buffer.from(await response.arrayBuffer());
  await served;
  const kept = ['content-type', 'content-length', 'content-encoding', 'etag', 'vary', 'x-content-type-options', 'last-modified'];
  return { status: response.status, headers: Object.fromEntries(kept.map((h) => [h, response.headers.get(h)])), body };
}

describe('responses answered from memory', () => {
  test('a second request gets what the first got from disk: status, headers and body', async () => {
    const first = await get('/a');
    assert.equal(memory.size().responses, 1);
    const second = await get('/a');
    assert.equal(first.status, 200);
    assert.equal(first.body.toString(), page);
    assert.deepEqual(second, first);
  });

  test('each encoding is kept apart: the brotli copy for a client that accepts it, the file for one that does not', async () => {
    const plain = await get('/a');
    const before = memory.size().responses;
    const br = await get('/a', { 'accept-encoding': 'br' });
    assert.equal(memory.size().responses, before + 1);
    const brAgain = await get('/a', { 'accept-encoding': 'br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['content-length'], String(brotliCompressSync(page).length));
    assert.equal(br.body.toString(), page);
    assert.deepEqual(brAgain, br);
    assert.equal(plain.headers['content-encoding'], null);
    assert.equal(plain.body.toString(), page);
  });

  test('a revalidation with the ETag is answered 304, from disk and from memory alike', async () => {
    const { headers } = await get('/b');
    const etag = headers.etag!;
    assert.ok(etag);
    const fromDisk = await get('/b', { 'if-none-match': etag });
    const fromMemory = await get('/b', { 'if-none-match': etag });
    assert.equal(fromDisk.status, 304);
    assert.equal(fromMemory.status, 304);
    assert.equal((await get('/b', { 'if-none-match': 'W/"other"' })).status, 200);
  });

  test('a query string does not make another copy; a missing file and a range are never kept', async () => {
    const before = memory.size().responses;
    await get('/b?x=1');
    await get('/nothing');
    await get('/nothing');
    const part = await get('/a', { range: 'bytes=0-9' });
    assert.equal(part.status, 206);
    assert.equal(part.body.toString(), page.slice(0, 10));
    assert.equal(memory.size().responses, before);
    assert.equal((await get('/nothing')).status, 404);
  });

  test('a response over the per-file limit is sent whole and not kept', async () => {
    const before = memory.size();
    const large = await get('/large.txt');
    assert.equal(large.status, 200);
    assert.equal(large.body.toString(), 'x'.repeat(5000));
    assert.deepEqual(memory.size(), before);
  });

  test('past the total, the least recently used response goes first', async () => {
    // a.html, then b.html (8 bytes), a.html again, then d.html (500 bytes): one over the total,
    // so b.html, the least recently used, goes, and a.html stays.
    const small = { 'x-memory': 'small' };
    for (const address of ['/a', '/b', '/a', '/d']) {
      assert.equal((await get(address, small)).status, 200);
    }
    assert.deepEqual(smallMemory.size(), { responses: 2, bytes: page.length + 500 });
    assert.equal((await get('/b', small)).body.toString(), '<p>B</p>', 'still served, from disk');
  });
});
