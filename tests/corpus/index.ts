import type { CorpusCase } from './corpus-types';
import { MAGAZINE } from './magazine';
import { SPECIALIST } from './specialist';
import { TRANSLATED } from './translated';
import { WIRE } from './wire';

/** Every case of the faithfulness corpus. */
export const CORPUS: readonly CorpusCase[] = [...WIRE, ...MAGAZINE, ...SPECIALIST, ...TRANSLATED];
