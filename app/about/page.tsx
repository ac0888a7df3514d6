import type { Metadata } from 'next';
import Link from 'next/link';
import { RULES } from '@/catalog/verify/violations';

export const metadata: Metadata = {
  title: 'How the catalog is checked',
  description: 'What the catalog promises, and the rules a machine check enforces before any page is built.',
  alternates: { canonical: '/about' },
};

export default function AboutPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="font-serif text-3xl font-semibold">How the catalog is checked</h1>
      <p>
        The catalog makes one promise: nothing on it is invented. Every name, category, fact and attribution shown for a weapon
        system is a verbatim passage of one of the <Link prefetch={false} href="/sources">two source articles</Link>, and each is linked to the
        exact words. Where the articles are silent on something readers often look for (range, size, maker…), the entry says
        “not stated in these sources” rather than filling the gap.
      </p>
      <p>
        Before the site is built, a verifier reads every source and entry and refuses the build if any of these rules is
        broken. It reports every violation at once, naming the file, the field and the offending text.
      </p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {Object.entries(RULES).map(([id, rule]) => (
          <li key={id}>
            <span className="capitalize-first inline-block">{rule.description}</span>{' '}
            <code className="text-xs text-muted">{id}</code>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">
        The list above is the rule list of the verifier itself: each item is a way the build fails.
      </p>
      <h2 className="pt-4 font-serif text-xl font-semibold">Data for researchers and tools</h2>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        <li>
          <a href="/catalog.json">catalog.json</a>: entries, facts, citations with their offsets, the mention index and the
          sources, described by <a href="/catalog.schema.json">its JSON Schema</a>.
        </li>
        <li>
          <a href="/annotations.jsonld">annotations.jsonld</a>: every citation as a W3C Web Annotation, with a quote selector
          and a position selector into the archived text.
        </li>
        <li>
          Each source as CSL-JSON and BibTeX, from the <Link prefetch={false} href="/sources">sources page</Link>, holding only what its text
          states.
        </li>
      </ul>
    </div>
  );
}
