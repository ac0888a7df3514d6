import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { azIndex, entryHref } from '@/catalog/views';
import { AzNav, sectionTitle } from '../../components/az-nav';

export const dynamicParams = false;

export function generateStaticParams() {
  return azIndex().map(({ key }) => ({ letter: key }));
}

export async function generateMetadata({ params }: PageProps<'/a-z/[letter]'>): Promise<Metadata> {
  const { letter } = await params;
  return {
    title: `Systems and aliases: ${sectionTitle(letter)}`,
    description: `Every catalogued weapon system and alias filed under ${sectionTitle(letter)}, each linked to its entry.`,
    alternates: { canonical: `/a-z/${letter}` },
  };
}

/** One section of the A–Z index: every name and alias filed under a letter, linked to its entry. */
export default async function AzPage({ params }: PageProps<'/a-z/[letter]'>) {
  const { letter } = await params;
  const section = azIndex().find((s) => s.key === letter);
  if (!section) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Systems and aliases: {sectionTitle(letter)}</h1>
      <div className="mt-4">
        <AzNav current={letter} />
      </div>
      <ul className="mt-8 space-y-2">
        {section.names.map(({ name, entry, aliasOf }) => (
          <li key={`${entry.slug}:${name}`}>
            <Link prefetch={false} href={entryHref(entry.slug)} className="font-serif text-lg">
              {name}
            </Link>
            {aliasOf ? (
              <span className="ml-2 text-sm text-muted">see {aliasOf}</span>
            ) : (
              <span className="ml-2 text-sm text-muted">{entry.category}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
