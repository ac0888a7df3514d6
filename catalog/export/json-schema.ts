import { z } from 'zod';
import { catalogSchema } from '../schema/derived';

export const CATALOG_SCHEMA_PATH = '/catalog.schema.json';

/**
 * The JSON Schema of /catalog.json, generated from `catalogSchema` so the two cannot drift.
 * Draft-07, the version most validators read. `io: 'output'` describes the catalog as
 * exported: fields with a default in the entry files (aliases, relations, notes…) are always
 * present, so they are required here.
 */
export function buildCatalogJsonSchema(baseUrl: string): Record<string, unknown> {
  const generated = z.toJSONSchema(catalogSchema, { target: 'draft-07', io: 'output' });
  return {
    ...generated,
    $id: `${baseUrl}${CATALOG_SCHEMA_PATH}`,
    title: 'Weapon citation catalog',
    description:
      'Every entry, fact and citation of the catalog with the source texts they quote. Offsets (start, end) ' +
      'are UTF-16 code units into the source\'s "text", so that text.slice(start, end) is the quote or block text.',
  };
}
