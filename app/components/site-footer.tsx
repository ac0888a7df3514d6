import Link from 'next/link';
import { sourcesInWords } from '@/catalog/views';

export function SiteFooter() {
  return (
    <footer className="border-t border-rule text-sm text-muted">
      <div className="mx-auto max-w-5xl px-4 py-5 sm:px-6">
        <p>
          Every name, category, statement and speaker here is quoted from the{' '}
          <Link prefetch={false} href="/sources">{sourcesInWords()}</Link>; the build refuses anything that is not.{' '}
          <Link prefetch={false} href="/about">What the catalog promises</Link>.
        </p>
      </div>
    </footer>
  );
}
