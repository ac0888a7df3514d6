import type { Metadata } from 'next';
import Link from 'next/link';
import { AzList } from '../components/az-list';
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
 * query and fills in the results, what it has to say first (a designation no source names)
 * above the counts; without JavaScript, `npm start` echoes the query into #query-echo, and
 * every name and alias is listed under its letter (`AzList`), with the categories.
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
      <p id="search-page-notice" hidden className="search-notice mt-3 rounded border-l-4 border-accent bg-accent-soft px-3 py-2 text-sm text-ink" />
      <p id="search-page-status" role="status" className="mt-3 text-sm text-muted" />
      <div id="search-page-results" />
      <div id="browse-without-script" className="[@media(scripting:enabled)]:hidden">
        <p className="mt-4 text-muted">
          Searching by words needs JavaScript, which is turned off or blocked in this browser. Every system and every other name
          the sources give it is listed below, A–Z, and by category; each leads to its entry.
        </p>
        <BrowseSection id="browse-az-list" title="Every system and alias, A–Z" className="mt-8">
          <AzList />
        </BrowseSection>
      </div>
      <BrowseSection id="browse-az" title="Every system and alias, A–Z" className="mt-10 [@media(scripting:none)]:hidden">
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
