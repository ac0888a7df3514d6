/** The page's one reader of the search index files, fetched from this site as a query needs them. */
import { SearchIndexReader } from '@/catalog/search/search';

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${path}`);
  return response.json();
}

export const searchIndex = new SearchIndexReader(fetchJson);
