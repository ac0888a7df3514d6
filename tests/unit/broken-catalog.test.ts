import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { readCatalogFiles } from '../../catalog/load';
import { RULE_BOOK } from '../../catalog/verify/rule-book';
import type { CatalogFiles } from '../../catalog/verify/verify';
import { RULES, type Rule } from '../../catalog/verify/violations';
import { verifyCommand } from '../../scripts/cli/verify';

// Each invalid example of the rule book breaks one thing in a copy of the real catalog written
// to disk; the verify command must refuse it, naming the broken file and the rule. The command
// runs as `npm run verify` runs it (its own process, its exit code) for the unmodified copy and
// the first mutation, and in this process for the rest: one process for the whole suite.
const ROOT = path.resolve(import.meta.dirname, '../..');

interface Mutation {
  title: string;
  rule: Rule;
  /** The file the CLI must name, relative to the catalog root. */
  file: string;
  apply: (files: CatalogFiles) => void;
}

const MUTATIONS: Mutation[] = (Object.entries(RULE_BOOK) as [Rule, (typeof RULE_BOOK)[Rule]][]).flatMap(([rule, doc]) =>
  doc.invalid.filter((ex) => !ex.inMemoryOnly).map((ex) => ({ title: ex.title, rule, file: ex.file, apply: ex.apply })),
);

/** Writes catalog files held in memory to a fresh temp dir, as a curator's copy would hold them. */
function writeCatalog(files: CatalogFiles): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'broken-catalog-'));
  for (const dir of ['catalog/sources', 'catalog/entries']) mkdirSync(path.join(root, dir), { recursive: true });
  for (const s of files.sources) {
    if (s.metaContent !== null) writeFileSync(path.join(root, s.metaFile), s.metaContent);
    if (s.textBytes !== null) writeFileSync(path.join(root, s.textFile), s.textBytes);
  }
  for (const e of files.entries) writeFileSync(path.join(root, e.file), e.content);
  return root;
}

/** A copy of the real catalog's sources and entries, with one mutation applied. */
function copyCatalog(apply: (files: CatalogFiles) => void = () => {}): string {
  const files = readCatalogFiles(ROOT);
  apply(files);
  return writeCatalog(files);
}

/** Runs the verify command on `root` in this process, collecting what it writes. */
function runVerifyHere(root: string): { code: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = verifyCommand(root, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Runs the real CLI on `root` in its own process, as `npm run verify` does. */
function runVerify(root: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-regexp-tier-up', 'scripts/run-bundled.mjs', 'scripts/verify.ts', root], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, stdout, stderr: stderr || (signal ? `ended by ${signal}` : '') }));
  });
}

describe('broken catalog: the verify CLI refuses every single mutation', () => {
  const caught: string[] = [];
  after(() => console.log(`broken-catalog: ${caught.length} of ${MUTATIONS.length} mutations caught`));

  test('there are at least 20 mutations, and every rule is broken by one', () => {
    assert.ok(MUTATIONS.length >= 20);
    const broken = new Set(MUTATIONS.map((m) => m.rule));
    assert.deepEqual(Object.keys(RULES).filter((rule) => !broken.has(rule as Rule)), []);
  });

  test('an unmodified copy verifies', async () => {
    const root = copyCatalog();
    try {
      const { code, stdout, stderr } = await runVerify(root);
      assert.equal(code, 0, stderr);
      assert.match(stdout, /^Catalog verified: /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  for (const [i, m] of MUTATIONS.entries()) {
    test(`${m.title} [${m.rule}]`, async () => {
      const root = copyCatalog(m.apply);
      try {
        const { code, stderr } = i === 0 ? await runVerify(root) : runVerifyHere(root);
        assert.equal(code, 1, `exit code; stderr:\n${stderr}`);
        const lines = stderr.split('\n').map((l) => l.trim());
        const line = lines.find((l) => l.startsWith(`${m.file}:`) && l.endsWith(`[${m.rule}]`));
        assert.ok(line, `no line naming ${m.file} with [${m.rule}] in:\n${stderr}`);
        caught.push(m.title);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});
