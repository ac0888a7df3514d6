import { buildCatalogJsonSchema } from '@/catalog/export/json-schema';
import { SITE_URL } from '../site';

export const dynamic = 'force-static';

/** /catalog.schema.json: the JSON Schema of /catalog.json, generated from the zod schemas. */
export function GET() {
  return Response.json(buildCatalogJsonSchema(SITE_URL), { headers: { 'Content-Type': 'application/schema+json' } });
}
