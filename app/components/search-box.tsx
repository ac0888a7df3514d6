/** Ids the header search box's script (app/_client/search-box.ts) finds its parts by. */
export const SEARCH_BOX_IDS = {
  input: 'site-search',
  popup: 'site-search-popup',
  message: 'site-search-message',
  notice: 'site-search-notice',
  listbox: 'site-search-results',
  all: 'site-search-all',
  status: 'site-search-status',
} as const;

/**
 * The site search box: a plain GET form that opens /search?q=…. In the browser, a small script
 * loaded on first focus or keystroke turns the field into an ARIA combobox with results as you
 * type; Enter without a chosen result still submits the form.
 */
export function SearchBox() {
  const ids = SEARCH_BOX_IDS;
  return (
    <form role="search" aria-label="Site search" action="/search" method="get" className="relative" data-search-box="">
      <label htmlFor={ids.input} className="sr-only">
        Search the catalog
      </label>
      <input
        id={ids.input}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        aria-controls={ids.listbox}
        placeholder="Search weapons and passages  /"
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded-md border border-rule bg-paper px-3 py-1.5 text-sm text-ink placeholder:text-muted"
      />
      <div
        id={ids.popup}
        hidden
        className="absolute left-0 right-0 top-full z-40 mt-1 rounded-md border border-rule bg-paper shadow-lg sm:left-auto sm:w-[30rem]"
      >
        <p id={ids.message} className="px-3 py-2 text-sm text-muted" />
        <p id={ids.notice} hidden className="search-notice mx-1 mt-1 rounded border-l-4 border-accent bg-accent-soft px-3 py-2 text-sm text-ink" />
        <div role="listbox" id={ids.listbox} aria-label="Search results" hidden className="max-h-[min(28rem,70vh)] overflow-y-auto px-1" />
        <a id={ids.all} href="/search" hidden className="block truncate border-t border-rule px-4 py-2.5 text-sm">
          See all results
        </a>
      </div>
      <p id={ids.status} role="status" className="sr-only" />
    </form>
  );
}
