import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="border-t border-rule text-sm text-muted">
      <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6">
        <p>
          Every name, category, fact and attribution here is quoted from one of the{' '}
          <Link prefetch={false} href="/sources">two source articles</Link>; the build refuses anything that is not.{' '}
          <Link prefetch={false} href="/about">How the catalog is checked</Link>.
        </p>
      </div>
    </footer>
  );
}
