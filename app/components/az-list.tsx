import Link from 'next/link';
import { AZ_LIST_LIMIT, azHref, azIndex, entryHref, plural } from '@/catalog/views';
import { sectionTitle } from './az-nav';

/**
 * Every name and alias under its letter, each linked to its entry, while the catalog has at
 * most `AZ_LIST_LIMIT` of them; past that, each letter with how many names it files, linked to
 * its A–Z page. What the search page offers a reader without JavaScript.
 */
export function AzList() {
  const sections = azIndex();
  const total = sections.reduce((n, s) => n + s.names.length, 0);
  if (total > AZ_LIST_LIMIT) {
    return (
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {sections.map(({ key, names }) => (
          <li key={key}>
            <Link prefetch={false} href={azHref(key)}>
              {sectionTitle(key)}
            </Link>{' '}
            <span className="text-sm text-muted">({plural(names.length, 'name')})</span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="space-y-3">
      {sections.map(({ key, names }) => (
        <section key={key} aria-labelledby={`az-list-${key}`}>
          <h3 id={`az-list-${key}`} className="font-semibold">
            {sectionTitle(key)}
          </h3>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {names.map(({ name, entry, aliasOf }) => (
              <li key={`${entry.slug}:${name}`}>
                <Link prefetch={false} href={entryHref(entry.slug)}>
                  {name}
                </Link>
                {aliasOf && <span className="text-sm text-muted"> (see {aliasOf})</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
