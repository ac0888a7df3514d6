import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { siteSearchFiles } from '../../catalog/views';

test('precompress writes a copy wherever it is smaller by more than its header, and only there', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
  try {
    // A real entry card of the search index (some 600 bytes), a two-character file, and a file that is not text.
    const card = JSON.stringify([...siteSearchFiles()].find(([p]) => p.startsWith('/search-index/e/'))![1]);
    writeFileSync(path.join(dir, 'card.json'), card);
    writeFileSync(path.join(dir, 'tiny.json'), '{}');
    writeFileSync(path.join(dir, 'image.png'), Buffer.alloc(4096));
    execFileSync(process.execPath, ['deploy/precompress.mjs', dir], { encoding: 'utf8' });

    assert.ok(card.length > 300, `the card is ${card.length} bytes`);
    const brotli = readFileSync(path.join(dir, 'card.json.br'));
    assert.ok(brotli.length + 32 < card.length, `${brotli.length} bytes for ${card.length}`);
    assert.equal(brotliDecompressSync(brotli).toString(), card);
    assert.equal(gunzipSync(readFileSync(path.join(dir, 'card.json.gz'))).toString(), card);
    for (const skipped of ['tiny.json.br', 'tiny.json.gz', 'image.png.br']) assert.ok(!existsSync(path.join(dir, skipped)), skipped);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
