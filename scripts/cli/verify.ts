/**
 * The verify command: checks the catalog at `root` and writes every violation, or what was
 * verified. Returns the exit code (1 on any violation, so that no build starts from a failing
 * catalog).
 */
import { readCatalogFiles } from '../../catalog/load';
import { verifyCatalog } from '../../catalog/verify/verify';
import { formatViolation } from '../../catalog/verify/violations';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export function verifyCommand(root: string, { out, err }: Output): number {
  const result = verifyCatalog(readCatalogFiles(root));
  if (!result.ok) {
    err(`Catalog verification failed with ${result.violations.length} violation(s):\n`);
    for (const v of result.violations) err(`  ${formatViolation(v)}`);
    return 1;
  }
  const { sources, entries, mentions } = result.catalog;
  const citations = entries.reduce((n, e) => n + e.citations.length, 0);
  const overrides = entries.flatMap((e) => [...e.facts, ...e.relations, ...e.differences.flatMap((d) => d.sides)].flatMap((s) => s.overrides));
  out(
    `Catalog verified: ${entries.length} entries, ${citations} cited passages, ${mentions.length} mentions in ${sources.length} sources; ${overrides.length} override${overrides.length === 1 ? '' : 's'} of a meaning rule (the catalog's reading, shown to readers).`,
  );
  return 0;
}
