import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogFiles } from './verify/verify';

export const SOURCES_DIR = 'catalog/sources';
export const ENTRIES_DIR = 'catalog/entries';

const readIf = (file: string) => (existsSync(file) ? readFileSync(file) : null);

/**
 * Reads the catalog's files from disk: every source (a `<id>.json` metadata file and a
 * `<id>.txt` stored text, either of which may be missing) and every entry file. Paths in the
 * result are relative to `root`, so messages name files the way a curator sees them.
 */
export function readCatalogFiles(root: string = process.cwd()): CatalogFiles {
  const sourceDir = path.join(root, SOURCES_DIR);
  const entryDir = path.join(root, ENTRIES_DIR);
  const names = existsSync(sourceDir) ? readdirSync(sourceDir) : [];
  const ids = [...new Set(names.filter((n) => /\.(json|txt)$/.test(n)).map((n) => n.replace(/\.(json|txt)$/, '')))].sort();
  const sources = ids.map((id) => {
    const metaFile = `${SOURCES_DIR}/${id}.json`;
    const textFile = `${SOURCES_DIR}/${id}.txt`;
    const meta = readIf(path.join(root, metaFile));
    const text = readIf(path.join(root, textFile));
    return {
      id,
      metaFile,
      metaContent: meta === null ? null : meta.toString('utf8'),
      textFile,
      textBytes: text === null ? null : new Uint8Array(text),
    };
  });
  const entryNames = existsSync(entryDir) ? readdirSync(entryDir).filter((n) => n.endsWith('.json')).sort() : [];
  const entries = entryNames.map((name) => ({
    file: `${ENTRIES_DIR}/${name}`,
    content: readFileSync(path.join(entryDir, name), 'utf8'),
  }));
  return { sources, entries };
}
