/** Structured data for search engines, as a JSON-LD data block (never executed as script). */
export function JsonLd({ data }: { data: object }) {
  // "<" is escaped so that no string in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
