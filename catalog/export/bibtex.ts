import type { SourceMeta } from '../schema/source';
import { sourceHref } from '../views';
import { statedValue } from './csl';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes the characters (La)TeX treats specially; other text, UTF-8 included, stays as written. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c]!);
}

/**
 * A source as a BibTeX `@misc` record holding only what its text states. Title and author are
 * double-braced so styles print them as written: no re-casing of the headline, and the byline
 * kept as one name instead of being split into given and family names. The publisher goes in
 * `howpublished`, a stated date in `note`; the one URL is the catalog's own page. The record is
 * UTF-8: use biber or a UTF-8 aware BibTeX.
 */
export function sourceBibtex(meta: SourceMeta, baseUrl: string): string {
  const title = statedValue(meta.headline);
  const author = statedValue(meta.byline);
  const publisher = statedValue(meta.publisher);
  const date = statedValue(meta.date);
  const fields: [string, string | undefined][] = [
    ['title', title && `{${escapeBibtex(title)}}`],
    ['author', author && `{${escapeBibtex(author)}}`],
    ['howpublished', publisher && escapeBibtex(publisher)],
    // A date as printed, which biblatex's ISO "date" field could not hold.
    ['note', date && escapeBibtex(date)],
    ['url', `${baseUrl}${sourceHref(meta.id)}`],
  ];
  const lines = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k} = {${v}}`);
  return `@misc{${meta.id},\n${lines.join(',\n')}\n}\n`;
}
