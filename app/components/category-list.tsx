import Link from 'next/link';
import { categoryHref, listCategories } from '@/catalog/views';

/** Every category as a link to its page, with how many systems it holds. */
export function CategoryList() {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-2">
      {listCategories().map(({ category, slug, entries }) => (
        <li key={slug}>
          <Link prefetch={false} href={categoryHref(category)} className="capitalize-first inline-block">
            {category}
          </Link>{' '}
          <span className="text-sm text-muted">({entries.length})</span>
        </li>
      ))}
    </ul>
  );
}
