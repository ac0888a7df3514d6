/**
 * The one script every page loads (about 2 KB): copy buttons, the addresses print shows, the
 * "/" shortcut, and the search code, fetched only when a reader first focuses or types in a
 * search field; on the 404 page of an address under /entries/, the entry it meant in other
 * letter case. Pages read without it; nothing here is needed to read or follow a citation.
 */
import { enhanceCopyButtons } from './copy';
import { showServedAddresses } from './served-address';
import { focusSearchOnSlash } from './shortcut';

const SEARCH_INPUT = 'site-search';
const SEARCH_PAGE = 'search-page';

enhanceCopyButtons();
showServedAddresses();

const box = document.getElementById(SEARCH_INPUT);
if (box instanceof HTMLInputElement) {
  focusSearchOnSlash(box);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./search-box').then((m) => m.attachSearchBox(box));
  };
  box.addEventListener('focus', start, { once: true });
  box.addEventListener('input', start, { once: true });
  if (document.activeElement === box) start();
}

const page = document.getElementById(SEARCH_PAGE);
if (page) void import('./search-page').then((m) => m.attachSearchPage(page));

// Only an address under /entries/ can mean an entry: any other missing address fetches nothing more.
const missing = document.getElementById('did-you-mean');
if (missing && /^\/entries\//i.test(location.pathname)) void import('./did-you-mean').then((m) => m.suggestEntry(missing));
