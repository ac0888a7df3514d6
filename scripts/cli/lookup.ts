/**
 * `npm run catalog -- lookup "<query>"`: the best-matching entry, found exactly as the site's
 * search finds it, printed with its facts (who says so) and the quotes that back them.
 */
import { getCatalog } from '../../catalog/index';
import { createSearchIndex, searchCatalog } from '../../catalog/search/search';
import { attributionText, entryHref, factLabel, findSource, listEntries, passageHref, sourceOrdinal, sourceTitle } from '../../catalog/views';

const USAGE = 'Usage: npm run catalog -- lookup "<query>"   e.g. lookup "hwasong 18"';

/** Prints the entry best matching `args` (joined as one query). Exit code 0 found, 1 none, 2 usage. */
export function runLookup(args: string[]): number {
  const query = args.join(' ').trim();
  if (!query) {
    console.error(USAGE);
    return 2;
  }
  const index = createSearchIndex(getCatalog(), { sourceTitle, factLabel, entryHref, passageHref });
  const hits = searchCatalog(index, query, { limit: 4 });
  const entries = hits.filter((h) => h.kind === 'entry');
  const entry = entries[0] && listEntries().find((e) => entryHref(e.slug) === entries[0]!.url);
  if (!entry) {
    const passages = hits.length;
    console.error(
      `No entry matches "${query}".` +
        (passages > 0 ? ` ${passages === 1 ? 'One passage contains' : `${passages}+ passages contain`} these words; search the site to read them.` : ''),
    );
    return 1;
  }

  const lines = [`${entry.name}  (${entry.category})`];
  if (entry.aliases.length > 0) lines.push(`Also written: ${entry.aliases.join(', ')}`);
  lines.push('', 'Facts');
  entry.facts.forEach((fact, i) => {
    const refs = (entry.factCitations[i] ?? []).map((n) => `[${n}]`).join('');
    lines.push(`  ${factLabel(fact.label)}: ${fact.value} — ${attributionText(fact.attribution, fact.citations[0]!.source)} ${refs}`);
  });
  lines.push('', 'Quotes');
  entry.citations.forEach((c, i) => {
    const source = findSource(c.source);
    const title = source ? ` (${sourceTitle(source)})` : '';
    lines.push(`  [${i + 1}] “${c.quote}”`, `      ${sourceOrdinal(c.source)}${title}, ${c.blockLabel}`);
  });
  const others = entries.slice(1).map((h) => h.title);
  if (others.length > 0) lines.push('', `Also matching: ${others.join(', ')}`);
  console.log(lines.join('\n'));
  return 0;
}
