/**
 * Runs a TypeScript command of the catalog as one bundle: `node scripts/run-bundled.mjs
 * scripts/verify.ts [args…]` (the path is the project's). esbuild bundles the command and the
 * catalog modules it imports (packages stay imports) into node_modules/.cache/catalog-commands/,
 * and the bundle is used again while none of its input files has changed (same size and
 * modification time). A bundle loads in one read, where a per-module TypeScript loader starts
 * each module on its own: the verifier starts several hundred milliseconds sooner.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// A command of the catalog compiles thousands of patterns (one per name, per phrase of a table)
// and runs each over a few sentences: compiled once to machine code, rather than interpreted
// first and compiled again once used twice, they cost less in all. V8 reads the flag at start
// (`npm run verify` passes it); started without it, this launcher starts itself again with it.
const FLAG = '--no-regexp-tier-up';
if (!process.execArgv.includes(FLAG)) {
  const run = spawnSync(process.execPath, [...process.execArgv, FLAG, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.signal) console.error(`${process.argv.slice(2).join(' ')}: ended by ${run.signal}`);
  process.exit(run.status ?? 1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry || !existsSync(path.join(root, entry))) {
  console.error(`usage: node scripts/run-bundled.mjs <command.ts> [args…], with the command's path in the project${entry ? ` (there is no ${entry})` : ''}`);
  process.exit(2);
}
const cacheDir = path.join(root, 'node_modules/.cache/catalog-commands');
const name = entry.replace(/[^\w.-]+/g, '_').replace(/\.ts$/, '');
const outfile = path.join(cacheDir, `${name}.mjs`);
const manifestFile = path.join(cacheDir, `${name}.inputs.json`);

/** What a file is, as far as knowing it changed goes. */
const stamp = (file) => {
  try {
    const s = statSync(path.join(root, file));
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
};

function current() {
  if (!existsSync(outfile) || !existsSync(manifestFile)) return false;
  try {
    const inputs = JSON.parse(readFileSync(manifestFile, 'utf8'));
    return Object.entries(inputs).every(([file, was]) => stamp(file) === was);
  } catch {
    return false;
  }
}

/** Writes a file whole or not at all: another command may be reading the cache. */
function writeWhole(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

if (!current()) {
  mkdirSync(cacheDir, { recursive: true });
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    metafile: true,
    sourcemap: 'linked',
    write: false,
    logLevel: 'error',
  });
  // The source map first, the bundle next, and what it was built from last.
  for (const file of [...result.outputFiles].sort((a) => (a.path.endsWith('.map') ? -1 : 1))) writeWhole(file.path, file.contents);
  const inputs = Object.fromEntries([...Object.keys(result.metafile.inputs), 'package-lock.json'].map((file) => [file, stamp(file)]));
  writeWhole(manifestFile, JSON.stringify(inputs, null, 1));
}

process.argv = [process.argv[0], path.join(root, entry), ...args];
await import(pathToFileURL(outfile).href);
