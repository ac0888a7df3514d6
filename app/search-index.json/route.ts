import { getCatalog } from '@/catalog/index';
import { createSearchIndex } from '@/catalog/search/search';
import { entryHref, factLabel, passageHref, sourceTitle } from '@/catalog/views';

// Written once at build time to out/search-index.json; the search box loads it on first use.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(createSearchIndex(getCatalog(), { sourceTitle, factLabel, entryHref, passageHref }));
}
