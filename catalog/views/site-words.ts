/** The site's own words about its sources, derived from the catalog so they stay true as sources are added. */
import { listSources } from './core';
import { countInWords } from './words';

/** "two news articles", "nine news articles": how many sources the catalog quotes. */
export function sourcesInWords(): string {
  return countInWords(listSources().length, 'news article');
}
