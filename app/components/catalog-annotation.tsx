export interface AnnotationLink {
  key: string;
  href: string;
  label: string;
}

export interface CatalogAnnotationProps {
  /** What the links are: the systems the preceding words refer to, or the entries citing them. */
  kind: 'refers-to' | 'cited-by';
  links: AnnotationLink[];
  className?: string;
}

const PHRASES = { 'refers-to': 'refers to', 'cited-by': 'cited by' } as const;

/**
 * A note of the catalog's inside an article's sentence, set apart as one: small sans-serif type
 * in a tinted pill that starts with "catalog". Its words are drawn by CSS from data attributes,
 * so they never join the article's text when it is copied or searched; each link's accessible
 * name says it is a catalog annotation, so screen readers do not read it as the sentence's.
 */
export function CatalogAnnotation({ kind, links, className = '' }: CatalogAnnotationProps) {
  return (
    <span className={`annotation ${className}`} data-phrase={PHRASES[kind]}>
      {links.map((l) => (
        <a
          key={l.key}
          href={l.href}
          className="annotation-link"
          data-label={l.label}
          aria-label={`Catalog annotation: ${PHRASES[kind]} ${l.label}`}
        />
      ))}
    </span>
  );
}
