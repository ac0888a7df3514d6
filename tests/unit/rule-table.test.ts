import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ruleTable, TABLE_END, TABLE_START } from '../../catalog/verify/rule-table';
import { ROOT } from './support/catalog-files';

test('the README’s rule table is the one the rule book writes (npm run rules)', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const shown = readme.slice(readme.indexOf(TABLE_START), readme.indexOf(TABLE_END) + TABLE_END.length);
  assert.equal(shown, ruleTable(ROOT));
});
