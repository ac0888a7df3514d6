/**
 * `npm run verify`: checks the whole catalog and lists every violation, or prints what was
 * verified. Exits 1 on any violation so that no build can start from a failing catalog.
 */
import { readCatalogFiles } from '../catalog/load';
import { verifyCatalog } from '../catalog/verify/verify';
import { formatViolation } from '../catalog/verify/violations';

const root = process.argv[2] ?? process.env.CATALOG_ROOT ?? process.cwd();
const result = verifyCatalog(readCatalogFiles(root));
if (!result.ok) {
  console.error(`Catalog verification failed with ${result.violations.length} violation(s):\n`);
  for (const v of result.violations) console.error(`  ${formatViolation(v)}`);
  process.exit(1);
}
const { sources, entries, mentions } = result.catalog;
const citations = entries.reduce((n, e) => n + e.citations.length, 0);
const overrides = entries.flatMap((e) => [...e.facts, ...e.relations, ...e.differences.flatMap((d) => d.sides)].flatMap((s) => s.overrides));
console.log(
  `Catalog verified: ${entries.length} entries, ${citations} cited passages, ${mentions.length} mentions in ${sources.length} sources; ${overrides.length} override${overrides.length === 1 ? '' : 's'} of a meaning rule (the catalog's reading, shown to readers).`,
);
