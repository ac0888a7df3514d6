import type { Metadata } from 'next';
import Link from 'next/link';
import { AzNav } from '../components/az-nav';
import { CategoryList } from '../components/category-list';
import { BrowseSection } from '../components/section';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the catalog’s entries and the passages of its source articles, or browse every system and alias A–Z.',
  alternates: { canonical: '/search' },
};

/**
 * The full results for ?q=. The page is static: in the browser the search script reads the
 * query and fills in the results; without JavaScript, `npm start` echoes the query into
 * #query-echo, and the A–Z index and the categories lead to every entry.
 */
export default function SearchPage() {
  return (
    <div id="search-page" className="max-w-3xl">
      <h1 className="mb-6 font-serif text-3xl font-semibold">Search</h1>
      <form role="search" aria-label="Search the catalog from this page" action="/search" method="get">
        <label htmlFor="search-page-input" className="mb-1 block text-sm text-muted">
          Names, designations such as “Hwasong-18”, or any words from the articles
        </label>
        <div className="flex gap-2">
          <input
            id="search-page-input"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            className="min-w-0 flex-1 rounded-md border border-rule bg-paper px-3 py-2 text-base text-ink"
          />
          <button type="submit" className="rounded-md border border-rule px-4 py-2 hover:bg-accent-soft">
            Search
          </button>
        </div>
      </form>
      <p id="query-echo" hidden className="mt-4" />
      <p id="search-page-status" role="status" className="mt-3 text-sm text-muted" />
      <p id="search-page-notice" hidden className="search-notice mt-3 rounded border-l-4 border-accent bg-accent-soft px-3 py-2 text-sm text-ink" />
      <div id="search-page-results" />
      <p className="mt-4 text-muted [@media(scripting:enabled)]:hidden">
        Searching by words needs JavaScript, which is turned off or blocked in this browser. Every system and every other spelling
        of its name is listed below, A–Z, and by category; each leads to its entry.
      </p>
      <BrowseSection id="browse-az" title="Every system and alias, A–Z" className="mt-10">
        <AzNav />
      </BrowseSection>
      <BrowseSection id="browse-categories" title="By category" className="mt-8">
        <CategoryList />
      </BrowseSection>
      <p className="mt-8 text-sm">
        <Link prefetch={false} href="/sources">The source articles</Link>, each with every mention linked.
      </p>
    </div>
  );
}
