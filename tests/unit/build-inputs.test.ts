import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildInputs, changedInputs } from '../../scripts/build-inputs.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm start: whether the build in out/ is up to date', () => {
  test('the same inputs reuse it; a changed catalog, code, SITE_URL or PORT (when SITE_URL follows it) rebuilds, and says which', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'build-inputs-'));
    try {
      for (const part of ['catalog', 'app', 'scripts', 'package.json']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
      const env = { PORT: '3000' };
      const built = buildInputs(dir, env);
      assert.deepEqual(changedInputs(built, buildInputs(dir, env)), []);
      assert.deepEqual(changedInputs(null, built), ['there is no finished build in out/']);
      assert.deepEqual(changedInputs(built, buildInputs(dir, { PORT: '8080' })), ['SITE_URL changed (it was http://localhost:3000, now http://localhost:8080)']);
      assert.deepEqual(changedInputs(built, buildInputs(dir, { PORT: '8080', SITE_URL: 'http://localhost:3000' })), []);
      writeFileSync(path.join(dir, 'catalog/entries/hwasong-18.json'), '{}');
      assert.deepEqual(changedInputs(built, buildInputs(dir, env)), ['the catalog changed']);
      const catalogChanged = buildInputs(dir, env);
      writeFileSync(path.join(dir, 'app/page.tsx'), '// changed');
      assert.deepEqual(changedInputs(catalogChanged, buildInputs(dir, env)), ['the code or its configuration changed']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
