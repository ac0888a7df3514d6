import { readCatalogFiles } from './load';
import { verifyCatalog } from './verify/verify';
import { formatViolation } from './verify/violations';
import type { Catalog } from './schema/derived';

let cached: Catalog | undefined;

/**
 * The verified catalog, read and derived once per process, from `root` (else $CATALOG_ROOT, else
 * the working directory: the benchmark builds the site from synthetic catalogs this way). Throws
 * with every violation listed when the catalog does not verify, so no page can be built from an
 * unverified catalog.
 */
export function getCatalog(root: string | undefined = process.env.CATALOG_ROOT): Catalog {
  if (cached) return cached;
  const result = verifyCatalog(readCatalogFiles(root));
  if (!result.ok) {
    throw new Error(`The catalog does not verify:\n${result.violations.map(formatViolation).join('\n')}`);
  }
  cached = result.catalog;
  return cached;
}

export type * from './schema/derived';
export type * from './schema/entry';
export type * from './schema/source';
