/** The site's search index files, named and linked as the pages are. */
import { getCatalog } from '../index';
import { SPEC_LABELS } from '../schema/entry';
import { buildSearchFiles, type SearchNaming } from '../search/search-files';
import { SearchIndexReader } from '../search/search';
import { sourceTitle } from './core';
import { entryFactLines, entryFactRows } from './fact-lines';

export const SEARCH_NAMING: SearchNaming = {
  sourceTitle,
  factLines: entryFactLines,
  factRows: entryFactRows,
  specLabel: (label) => SPEC_LABELS[label],
};

/** Every file of the search index for the verified catalog, by path under the site. */
export function siteSearchFiles(): ReturnType<typeof buildSearchFiles> {
  return buildSearchFiles(getCatalog(), SEARCH_NAMING);
}

/**
 * A search reader over index files held in memory (the command line, the tests): each read
 * returns a fresh parse, as a fetch would.
 */
export function memorySearchReader(files: ReturnType<typeof buildSearchFiles> = siteSearchFiles()): SearchIndexReader {
  const json = new Map([...files].map(([path, file]) => [path, JSON.stringify(file)]));
  return new SearchIndexReader(async (path) => {
    const text = json.get(path);
    if (text === undefined) throw new Error(`search index: no file ${path}`);
    return JSON.parse(text);
  });
}
