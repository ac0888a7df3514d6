import { getCatalog } from '@/catalog/index';
import { buildAnnotationCollection } from '@/catalog/export/annotations';
import { SITE_URL } from '../site';

export const dynamic = 'force-static';

/** /annotations.jsonld: every citation as a W3C Web Annotation. */
export function GET() {
  return Response.json(buildAnnotationCollection(getCatalog(), SITE_URL), {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
}
