import Link from 'next/link';
import { azHref, azIndex, plural } from '@/catalog/views';

const sectionTitle = (key: string) => (key === 'other' ? 'Other' : key.toUpperCase());

/** Links to each section of the A–Z index of names and aliases, with how many names it holds. */
export function AzNav({ current }: { current?: string }) {
  return (
    <nav aria-label="A–Z index of systems and aliases">
      <ul className="flex flex-wrap gap-2">
        {azIndex().map(({ key, names }) => (
          <li key={key}>
            <Link
              prefetch={false}
              href={azHref(key)}
              aria-current={key === current ? 'page' : undefined}
              className="inline-block min-w-10 rounded border border-rule px-2 py-1 text-center no-underline hover:bg-accent-soft aria-[current=page]:bg-accent-soft"
            >
              {sectionTitle(key)}
              <span className="sr-only">: {plural(names.length, 'name')}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export { sectionTitle };
