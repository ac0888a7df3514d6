/**
 * `npm run rules`: writes the README's rule table from the rule book (catalog/verify/rule-book.ts),
 * with the message each rule's first invalid example produces. `--check` exits 1 when the README
 * is not current, without writing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ruleTable, TABLE_END, TABLE_START } from '../catalog/verify/rule-table';

const root = process.cwd();
const readme = path.join(root, 'README.md');
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(TABLE_START);
const end = text.indexOf(TABLE_END);
if (start === -1 || end === -1) {
  console.error(`README.md has no rule table markers: add ${TABLE_START} and ${TABLE_END} where the table goes`);
  process.exit(1);
}
const next = `${text.slice(0, start)}${ruleTable(root)}${text.slice(end + TABLE_END.length)}`;
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('README.md: the rule table is not current; run npm run rules');
    process.exit(1);
  }
  console.log('README.md: the rule table is current.');
} else {
  writeFileSync(readme, next);
  console.log(next === text ? 'README.md: the rule table was already current.' : 'README.md: rule table written.');
}
