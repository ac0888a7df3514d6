import { getCatalog } from '@/catalog/index';
import { buildCatalogExport } from '@/catalog/export/catalog-json';

export const dynamic = 'force-static';

/** /catalog.json: the whole verified catalog, validated against catalogSchema at build time. */
export function GET() {
  return Response.json(buildCatalogExport(getCatalog()));
}
