import type { ReactNode } from 'react';

export interface SectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/** A titled section of a page, linkable by its id. */
export function Section({ id, title, children }: SectionProps) {
  return (
    <section aria-labelledby={`${id}-title`} className="render-near mb-7">
      <h2 id={`${id}-title`} className="mb-2 border-b border-rule pb-1 font-serif text-lg font-semibold sm:text-xl">
        <a href={`#${id}-title`} className="text-ink no-underline hover:underline">
          {title}
        </a>
      </h2>
      {children}
    </section>
  );
}

export interface BrowseSectionProps extends SectionProps {
  /** Spacing above the section (a Tailwind margin class). */
  className?: string;
}

/** A short section under a small-capitals heading: the ways to browse the catalog that a page offers besides its own content. */
export function BrowseSection({ id, title, className, children }: BrowseSectionProps) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
        {title}
      </h2>
      {children}
    </section>
  );
}
