/**
 * Links that scroll to and highlight a cited quote, using URL text fragments
 * (https://wicg.github.io/scroll-to-text-fragment/): `#<anchor>:~:text=[prefix-,]start[,end][,-suffix]`.
 * Browsers without text fragments still jump to the element with the citation's anchor.
 */
import type { ResolvedCitation } from '../schema/derived';
import { escapeRegExp } from './reg-exp';

/** Quotes longer than this many words are linked by their first and last words. */
const MAX_EXACT_WORDS = 10;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** Percent-encodes a directive term: `-`, `,` and `&` are directive syntax, so they are encoded too. */
export function encodeDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The `text=` directive value, each term encoded. */
export function formatTextDirective({ prefix, start, end, suffix }: TextDirective): string {
  const terms = [prefix && `${encodeDirectiveTerm(prefix)}-`, encodeDirectiveTerm(start), end && encodeDirectiveTerm(end), suffix && `-${encodeDirectiveTerm(suffix)}`];
  return `text=${terms.filter(Boolean).join(',')}`;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A term must begin and end on word boundaries, as the spec requires. */
function term(text: string): string {
  const before = WORD_CHAR.test(text[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
  const after = WORD_CHAR.test(text.at(-1) ?? '') ? '(?![\\p{L}\\p{N}])' : '';
  return `${before}${escapeRegExp(text)}${after}`;
}

/**
 * Where a text directive first matches in plain `text`, approximating what a browser does on
 * the rendered page: case-insensitive, whole words, only whitespace between the prefix and the
 * start and between the end and the suffix, and a range ending at the first `end` that is
 * followed by the suffix.
 *
 * @returns the matched span (UTF-16 offsets), or `null` when the directive matches nothing.
 */
export function matchTextDirective(text: string, directive: TextDirective): { start: number; end: number } | null {
  const prefix = directive.prefix ? `(?<=${term(directive.prefix)}\\s*)` : '';
  const range = directive.end ? `${term(directive.start)}[\\s\\S]*?${term(directive.end)}` : term(directive.start);
  const suffix = directive.suffix ? `(?=\\s*${term(directive.suffix)})` : '';
  const match = new RegExp(`${prefix}${range}${suffix}`, 'iu').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Offsets of the whitespace-separated words of `text`. */
const words = (text: string) => [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** Up to `n` whole words of the same line right before `start` and right after `end`. */
function context(raw: string, start: number, end: number, n: number): Pick<TextDirective, 'prefix' | 'suffix'> {
  const lineStart = raw.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = raw.indexOf('\n', end) === -1 ? raw.length : raw.indexOf('\n', end);
  const before = words(raw.slice(lineStart, start)).slice(-n);
  const after = words(raw.slice(end, lineEnd)).slice(0, n);
  const prefix = before.length > 0 ? raw.slice(lineStart + before[0]!.start, lineStart + before.at(-1)!.end) : undefined;
  const suffix = after.length > 0 ? raw.slice(end + after[0]!.start, end + after.at(-1)!.end) : undefined;
  return { ...(prefix && { prefix }), ...(suffix && { suffix }) };
}

/** Candidate directives for a quote, shortest first: long quotes by their edges, then in full. */
function candidates(raw: string, citation: Pick<ResolvedCitation, 'start' | 'end' | 'quote'>): TextDirective[] {
  const { quote } = citation;
  const quoteWords = words(quote);
  const out: TextDirective[] = [];
  for (let n = 1; n <= CONTEXT_WORDS; n++) {
    const around = context(raw, citation.start, citation.end, n);
    if (quoteWords.length > MAX_EXACT_WORDS) {
      const head = quoteWords[EDGE_WORDS - 1]!.end;
      const tail = quoteWords[quoteWords.length - EDGE_WORDS]!.start;
      out.push({ ...around, start: quote.slice(0, head), end: quote.slice(tail) });
    }
    out.push({ ...around, start: quote });
  }
  return out;
}

/**
 * A link to a cited quote on its source's reader page that also highlights it where browsers
 * support text fragments: `/sources/<id>#<anchor>:~:text=<prefix->,<start>,<end>,<-suffix>`.
 * Quotes of more than ten words are given by their first and last four words. The prefix and
 * suffix are whole words of the same passage; the first directive that selects exactly this
 * quote in `rawText` is used, and when none does the link is the plain anchor.
 */
export function textFragmentHref(citation: Pick<ResolvedCitation, 'source' | 'anchor' | 'start' | 'end' | 'quote'>, rawText: string): string {
  // The reader's address as `citationHref` (views.ts) builds it; not imported, so that client
  // components can use this module without pulling in the catalog loader.
  const base = `/sources/${citation.source}#${citation.anchor}`;
  const directive = candidates(rawText, citation).find((d) => {
    const hit = matchTextDirective(rawText, d);
    return hit?.start === citation.start && hit.end === citation.end;
  });
  return directive ? `${base}:~:${formatTextDirective(directive)}` : base;
}
