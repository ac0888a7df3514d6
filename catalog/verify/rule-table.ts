/**
 * The README's table of the verifier's rules, made from the rule book: each rule's id, what it
 * refuses, whether a curator may set it aside for one statement, and the message its first
 * invalid example really produces. `npm run rules` writes it; a test checks it is current.
 */
import { readCatalogFiles } from '../load';
import { RULE_BOOK } from './rule-book';
import { verifyCatalog } from './verify';
import { formatViolation, type Rule } from './violations';

export const TABLE_START = '<!-- rule table: written by `npm run rules` from catalog/verify/rule-book.ts -->';
export const TABLE_END = '<!-- end of rule table -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const shorten = (text: string, max = 320) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The message a rule's first invalid example produces on the real catalog at `root`. */
function exampleMessage(root: string, rule: Rule): string {
  const example = RULE_BOOK[rule].invalid[0];
  if (!example) return '';
  const files = readCatalogFiles(root);
  example.apply(files);
  const result = verifyCatalog(files);
  const hit = result.ok ? undefined : result.violations.find((v) => v.rule === rule && v.file === example.file);
  return hit ? formatViolation(hit) : '';
}

/** The table, as Markdown, between its markers. */
export function ruleTable(root: string): string {
  const rows = (Object.keys(RULE_BOOK) as Rule[]).map((rule) => {
    const doc = RULE_BOOK[rule];
    const example = doc.invalid[0]!;
    return `| \`${rule}\` | ${cell(doc.description)} | ${doc.overridable ? 'yes' : 'no'} | ${cell(example.title)}: \`${cell(shorten(exampleMessage(root, rule)))}\` |`;
  });
  return [TABLE_START, '', '| Rule | What is refused | May a curator set it aside? | Example, and the message it gives |', '| --- | --- | --- | --- |', ...rows, '', TABLE_END].join('\n');
}
