/**
 * `npm run catalog -- lookup "<query>"`: the entry a query names, found as the site's search
 * finds it, printed with each fact's words, speaker and certainty, what the sources do not
 * state, and the quotes behind the facts. A designation no source names is said to be unnamed
 * first, and a specification question is answered first.
 */
import { getCatalog } from '../../catalog/index';
import { SPEC_LABELS, specLine } from '../../catalog/labels';
import { catalogDesignations, readQuery, unnamedNotice, type QueryReading } from '../../catalog/search/interpret-query';
import type { SearchHit } from '../../catalog/search/search';
import { searchTerms } from '../../catalog/search/search-text';
import type { CatalogEntry } from '../../catalog/schema/derived';
import { entryHref, factViews, findEntry, memorySearchReader, sourceHeading, type FactView } from '../../catalog/views';
import { usageOf } from './commands';

const USAGE = usageOf('lookup');

/** Words too common to make an entry a match on their own. */
const STOPWORDS = new Set('a an and as at be by for from in is it its of on or the to was were with'.split(' '));

const names = () => getCatalog().entries.map((e) => ({ slug: e.slug, name: e.name, aliases: e.aliases }));
const nameOf = (slug: string) => findEntry(slug)?.name ?? slug;
/** Entry names in catalog order. */
const list = (slugs: string[]) => {
  const order = getCatalog().entries.map((e) => e.slug);
  return [...slugs].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map(nameOf).join(', ');
};

function factLines(fact: FactView): string[] {
  return [`  ${fact.label}: ${fact.text} ${fact.numbers.map((n) => `[${n}]`).join('')}`, `      ${fact.voice} · ${fact.certainty}`];
}

/** The answer to a specification question: the fact that states it, else that it is not stated. */
function specAnswer(entry: CatalogEntry, spec: NonNullable<QueryReading['spec']>): string[] {
  const label = SPEC_LABELS[spec.spec];
  const facts = factViews(entry);
  const row = entry.specs.find((s) => s.label === spec.spec)!;
  const stating = row.facts.map((i) => facts[i]!);
  if (stating.length > 0) {
    return stating.flatMap((f) => [`${entry.name} — ${label}: ${f.text} ${f.numbers.map((n) => `[${n}]`).join('')}`, `      ${f.voice} · ${f.certainty}`]);
  }
  const head = `${entry.name} — ${specLine(label, row)}${row.passages.map((p) => (p.citation ? ` [${p.citation}]` : '')).join('')}`;
  const related = entry.facts.flatMap((f, i) => (spec.related.includes(f.label) ? [facts[i]!] : []));
  return related.length > 0 && row.status === 'not-stated' ? [head, 'Closest facts:', ...related.flatMap(factLines)] : [head];
}

/** The entry's facts, its not-stated specifications, the quotes behind the facts, and the rest. */
function entryLines(entry: CatalogEntry): string[] {
  const lines = [`${entry.name}  (${entry.category})`];
  if (entry.aliases.length > 0) lines.push(`Also written: ${entry.aliases.join(', ')}`);
  const facts = factViews(entry).flatMap(factLines);
  lines.push('', 'Facts', ...(facts.length > 0 ? facts : ['  none recorded yet']));
  const spoken = entry.specs.filter((s) => s.status === 'passage-only');
  if (spoken.length > 0) lines.push('', 'Spoken to by a passage, not read as a fact', ...spoken.map((s) => `  ${specLine(SPEC_LABELS[s.label], s)}`));
  lines.push('', `Not stated in these sources: ${entry.specs.filter((s) => s.status === 'not-stated').map((s) => SPEC_LABELS[s.label]).join(', ') || 'none'}`);
  const quote = (n: number) => {
    const c = entry.citations[n - 1]!;
    return [`  [${n}] “${c.quote}”`, `      ${sourceHeading(c.source)}, ${c.blockLabel}`];
  };
  const behind = [...new Set(entry.factCitations.flat())].sort((a, b) => a - b);
  lines.push('', 'Quotes behind these facts', ...behind.flatMap(quote));
  const others = entry.citations.map((_, i) => i + 1).filter((n) => !behind.includes(n));
  if (others.length > 0) lines.push('', 'Also mentioned in (relations, differences and indirect mentions)', ...others.flatMap(quote));
  return lines;
}

/** Why passages matched when no entry did: which of the words they contain, or only words close to them. */
function passageNote(hits: SearchHit[], query: string): string {
  const passages = hits.filter((h) => h.kind === 'passage');
  if (passages.length === 0) return '';
  const typed = new Set(searchTerms(query));
  const matched = [...new Set(passages.flatMap((h) => h.terms))];
  const exact = matched.filter((t) => typed.has(t) || [...typed].some((q) => q.length > 1 && t.startsWith(q)));
  const close = matched.filter((t) => !exact.includes(t));
  const n = passages.length === 1 ? 'One passage contains' : `${passages.length} passages contain`;
  const words = (ts: string[]) => ts.slice(0, 4).map((t) => `“${t}”`).join(', ');
  if (exact.length === 0) return ` ${n} only words close to these (${words(close)}); search the site to read them.`;
  return ` ${n} ${exact.length < typed.size ? 'some of these words' : 'these words'} (${words(exact)}); search the site to read them.`;
}

/** Prints what the query names. Exit code 0 found, 1 unnamed or not found, 2 usage. */
export async function runLookup(args: string[]): Promise<number> {
  const query = args.join(' ').trim();
  if (!query) {
    console.error(USAGE);
    return 2;
  }
  const reading = readQuery(query, catalogDesignations(names()));
  const lines = unnamedNotice(reading, nameOf);
  const hits = reading.searchText ? (await memorySearchReader().search(reading.searchText, { limit: 4 })).hits : [];
  const named = reading.designations.flatMap((d) => d.matches);
  // A query that names an unnamed designation is answered by its other words only if they name an entry.
  // An entry answers a query that names it (a typo forgiven), or whose every word its facts hold
  // as typed; not one that shares a word, nor one whose facts hold a word like it ("pyongyag").
  const asked = new Set(searchTerms(reading.searchText).filter((t) => !STOPWORDS.has(t)));
  const holds = (h: SearchHit, t: string) => h.terms.includes(t) || h.terms.some((term) => term.startsWith(t) && t.length > 2);
  const answers = (h: SearchHit) => h.kind === 'entry' && h.terms.some((t) => !STOPWORDS.has(t)) && (h.byName || [...asked].every((t) => holds(h, t)));
  const fromSearch = hits.filter(answers).map((h) => h.url.slice(entryHref('').length));
  // "hwasong" or "shells" names several systems: say so rather than pick one.
  const byWholeName = fromSearch.filter((s) => {
    const entry = findEntry(s)!;
    const words = new Set([entry.name, ...entry.aliases].flatMap((n) => searchTerms(n)));
    return asked.size > 0 && [...asked].every((t) => words.has(t) || [...words].some((w) => w.startsWith(t)));
  });
  if (named.length === 0 && reading.designations.length === 0 && byWholeName.length > 1) {
    console.log(`“${query}” names more than one system: ${list(byWholeName)}. Look one up by its full name.`);
    return 1;
  }
  const slug = named[0] ?? (reading.unnamed.length === 0 ? fromSearch[0] : undefined);
  const entry = slug ? findEntry(slug) : undefined;

  if (!entry) {
    if (lines.length > 0) {
      console.log(lines.join('\n'));
      return 1;
    }
    console.error(`No entry matches "${query}".${passageNote(hits, reading.searchText)}`);
    return 1;
  }
  const forgiven = reading.designations.find((d) => d.forgiven && d.matches.includes(entry.slug));
  if (lines.length > 0) lines.push('');
  if (reading.spec) lines.push(...specAnswer(entry, reading.spec), '');
  lines.push(...entryLines(entry));
  if (forgiven) lines.splice(lines.indexOf(entryLines(entry)[0]!) + 1, 0, `(Read “${forgiven.designation.text}” as ${entry.name}.)`);
  const alsoMatching = fromSearch.filter((s) => s !== entry.slug).map(nameOf);
  if (alsoMatching.length > 0 && named.length === 0) lines.push('', `Also matching: ${alsoMatching.join(', ')}`);
  console.log(lines.join('\n'));
  return reading.unnamed.length > 0 ? 1 : 0;
}
