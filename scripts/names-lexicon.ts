/**
 * `npm run names-lexicon`: writes catalog/text/names-lexicon.json from compromise's lexicon (see
 * catalog/text/names-lexicon-source.ts). Run it after upgrading compromise; a unit test fails
 * while the file and the installed compromise disagree.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { namesLexicon } from '../catalog/text/names-lexicon-source';

const lexicon = namesLexicon();
writeFileSync(path.join(process.cwd(), 'catalog/text/names-lexicon.json'), `${JSON.stringify(lexicon, null, 1)}\n`);
console.log(`catalog/text/names-lexicon.json: ${Object.keys(lexicon.words).length} words from ${lexicon.from}.`);
