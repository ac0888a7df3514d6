import Link from 'next/link';
import { SITE_NAME } from '../site';
import { SearchBox } from './search-box';

export function SiteHeader() {
  return (
    <header role="banner" className="relative z-30 border-b border-rule bg-paper/95 backdrop-blur sm:sticky sm:top-0 print:static">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-2.5 sm:px-6 sm:py-3">
        <Link prefetch={false} href="/" className="font-serif text-xl font-semibold text-ink no-underline">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <Link prefetch={false} href="/">Catalog</Link>
          <Link prefetch={false} href="/sources">Sources</Link>
          <Link prefetch={false} href="/about">About</Link>
        </nav>
        <div className="w-full sm:ml-auto sm:w-72">
          <SearchBox />
        </div>
      </div>
    </header>
  );
}
