import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { SearchResults } from './search-results';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the catalog’s entries and the passages of its two source articles.',
  alternates: { canonical: '/search' },
};

/** The full results for ?q=; the query is read in the browser, so the page itself is static. */
export default function SearchPage() {
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-semibold">Search</h1>
      <Suspense fallback={<SearchNeedsScript />}>
        <SearchResults />
      </Suspense>
    </>
  );
}

/**
 * What the static page shows until the results load. A media query, not <noscript>, hides it
 * where scripts run, so it also shows when scripts are blocked rather than switched off.
 */
function SearchNeedsScript() {
  return (
    <p className="max-w-2xl text-muted [@media(scripting:enabled)]:hidden">
      Search needs JavaScript, which is turned off or blocked in this browser. Everything it finds is also reachable from{' '}
      <Link prefetch={false} href="/">the catalog</Link> and <Link prefetch={false} href="/sources">the two source articles</Link>.
    </p>
  );
}
