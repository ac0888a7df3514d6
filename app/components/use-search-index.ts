'use client';

import { useCallback, useState } from 'react';
import { loadSearchIndex } from '@/catalog/search/search';

export type SearchIndex = ReturnType<typeof loadSearchIndex>;

// One download per page load, shared by the header box and the search page.
let shared: Promise<SearchIndex> | undefined;

function fetchSearchIndex(): Promise<SearchIndex> {
  if (!shared) {
    const request = fetch('/search-index.json')
      .then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.text();
      })
      .then(loadSearchIndex);
    // A failed download is retried on the next call instead of being remembered.
    request.catch(() => {
      if (shared === request) shared = undefined;
    });
    shared = request;
  }
  return shared;
}

/**
 * The site's search index, downloaded the first time `load` is called (on focus or first
 * input), so pages that are only read never pay for it. `failed` reports a download that did
 * not arrive; calling `load` again retries.
 */
export function useSearchIndex(): { index: SearchIndex | null; failed: boolean; load: () => void } {
  const [state, setState] = useState<{ index: SearchIndex | null; failed: boolean }>({ index: null, failed: false });
  const load = useCallback(() => {
    fetchSearchIndex().then(
      (index) => setState({ index, failed: false }),
      () => setState({ index: null, failed: true }),
    );
  }, []);
  return { ...state, load };
}
