import { catalogSchema, type Catalog } from '../schema/derived';
import { zodIssuePath } from '../verify/verify-sources';

/**
 * The catalog as published at /catalog.json: sources (metadata, stored text, blocks), entries
 * with their facts and resolved citations, and the mention index. It is parsed by
 * `catalogSchema` first, so a file that does not fit the published schema is never written.
 *
 * @throws when the catalog does not fit `catalogSchema`, listing each `path: message`.
 */
export function buildCatalogExport(catalog: Catalog): Catalog {
  const parsed = catalogSchema.safeParse(catalog);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${zodIssuePath(i.path)}: ${i.message}`);
    throw new Error(`catalog.json does not fit catalogSchema:\n${issues.join('\n')}`);
  }
  return parsed.data;
}
