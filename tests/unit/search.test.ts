import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getCatalog } from '../../catalog/index';
import { createSearchIndex, loadSearchIndex, searchCatalog, searchPageHref, type SearchHit } from '../../catalog/search/search';
import { highlightRanges, searchTerms } from '../../catalog/search/search-text';
import { entryHref, factLabel, passageHref, sourceTitle } from '../../catalog/views';

// The browser's copy: built like the site's /search-index.json and loaded back from JSON.
const index = loadSearchIndex(JSON.stringify(createSearchIndex(getCatalog(), { sourceTitle, factLabel, entryHref, passageHref })));
const search = (query: string) => searchCatalog(index, query);
const entries = (hits: SearchHit[]) => hits.filter((h) => h.kind === 'entry').map((h) => h.url);
const marked = (text: string, terms: string[]) => highlightRanges(text, terms).map(([s, e]) => text.slice(s, e));

// Paragraph 2 of the first article and paragraph 12 of the second, verbatim.
const PHOTOS = 'Photos released by the North’s state-controlled Korean Central News Agency (KCNA) showed Kim accompanied by Shoigu';
const UNIDENTIFIED =
  'Voice of America did not identify the model ICBMs present for the exhibition Shoigu attended, but Japan’s Kyodo News claimed they appeared to be Hwasong-18s.';

describe('search terms', () => {
  test('a hyphenated designation yields its parts and the joined form', () => {
    assert.deepEqual(searchTerms('Hwasong-18'), ['hwasong', '18', 'hwasong18']);
    assert.deepEqual(searchTerms('MQ 9 Reaper'), ['mq', '9', 'reaper', 'mq9']);
  });

  test('typed with a space, glued or shouted, a designation gives the same joined term', () => {
    for (const q of ['hwasong 18', 'HWASONG18', 'Hwasong‐18', 'ｈｗａｓｏｎｇ-18']) assert.ok(searchTerms(q).includes('hwasong18'), q);
  });

  test('curly and straight apostrophes both give the possessive and its stem', () => {
    assert.deepEqual(searchTerms('North’s'), ['norths', 'north']);
    assert.deepEqual(searchTerms("north's"), ['norths', 'north']);
  });
});

describe('highlighting', () => {
  test('marks the displayed words, curly apostrophe and all', () => {
    assert.deepEqual(marked(PHOTOS, ['norths']), ['North’s']);
  });

  test('marks a whole designation when its joined form matched', () => {
    assert.deepEqual(marked(UNIDENTIFIED, ['hwasong18s']), ['Hwasong-18s']);
  });

  test('treats pattern characters in the text as plain text', () => {
    assert.deepEqual(marked('a (b) [c]* d.+', ['b', 'c']), ['b', 'c']);
  });
});

describe('searchCatalog over the real catalog', () => {
  for (const query of ['hwasong 18', 'HWASONG18', 'Hwasong-18', 'hwasong-18s']) {
    test(`"${query}" finds the Hwasong-18 entry first`, () => {
      assert.equal(entries(search(query))[0], '/entries/hwasong-18');
    });
  }

  test('other designations are marked only where they share a word: "hwasong 18" marks the "Hwasong" of Hwasong-17', () => {
    const other = search('hwasong 18').find((h) => h.url === '/entries/hwasong-17');
    assert.ok(other);
    assert.deepEqual(marked(other.title, other.terms), ['Hwasong']);
  });

  test('entries come before passages', () => {
    const kinds = search('hwasong').map((h) => h.kind);
    assert.ok(kinds.includes('passage'));
    assert.equal(kinds.indexOf('passage'), kinds.lastIndexOf('entry') + 1);
  });

  test('"north\'s" finds passages that write "North’s", and marks it', () => {
    const hits = search("north's").filter((h) => h.kind === 'passage');
    const photos = hits.find((h) => h.url === '/sources/article-000#paragraph-2');
    assert.ok(photos, 'paragraph 2 of the first article is found');
    assert.ok(marked(photos.snippet, photos.terms).includes('North’s'));
  });

  test('"hwasnog" (a typo) finds the Hwasong entries', () => {
    const found = entries(search('hwasnog'));
    for (const slug of ['hwasong-12', 'hwasong-17', 'hwasong-18']) assert.ok(found.includes(`/entries/${slug}`), slug);
  });

  test('a five-letter word tolerates one slip, not two: "north" does not find "south"', () => {
    const terms = search('north').flatMap((h) => h.terms);
    assert.ok(terms.includes('north'));
    assert.ok(!terms.includes('south'));
  });

  test('the last word matches as a prefix, so results follow typing', () => {
    assert.equal(entries(search('rea'))[0], '/entries/mq-9-reaper');
  });

  test('aliases and categories are searched: "ICBM", "UAV"', () => {
    assert.equal(entries(search('ICBM'))[0], '/entries/intercontinental-ballistic-missiles');
    assert.ok(entries(search('uav')).includes('/entries/mq-9-reaper'));
  });

  test('a passage result links to its passage and names its source', () => {
    const hit = search('Kyodo News Hwasong-18s').find((h) => h.kind === 'passage');
    assert.equal(hit?.url, '/sources/article-004#paragraph-12');
    assert.equal(hit?.label, 'Paragraph 12');
  });

  test('limit applies to each group', () => {
    const hits = searchCatalog(index, 'north korea', { limit: 2 });
    assert.equal(hits.filter((h) => h.kind === 'entry').length, 2);
    assert.equal(hits.filter((h) => h.kind === 'passage').length, 2);
  });

  const hostile = [
    '',
    '   ',
    '.*+?^${}()|[]\\',
    '(((((',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'שלום عربي \u202Ehwasong\u202C',
    'h\u0301\u0302\u0303w\u0300asong',
    '\u0301'.repeat(5000),
    'a'.repeat(10_000),
    'hwasong '.repeat(2000),
    '\uD800 lone surrogate \uDFFF',
    '%E0%A4%A',
    '\u0000\u0007\n\t',
  ];
  const wordless = new Set(['', '   ', '.*+?^${}()|[]\\', '(((((', '\u0301'.repeat(5000), '\u0000\u0007\n\t']);
  for (const query of hostile) {
    test(`${JSON.stringify(query.slice(0, 30))}${query.length > 30 ? '…' : ''}: well-formed results, highlights inside their snippets`, () => {
      const hits = search(query);
      if (wordless.has(query)) assert.deepEqual(hits, [], 'a query without words finds nothing');
      for (const h of hits) {
        assert.match(h.url, /^\/(?:entries\/[a-z0-9-]+|sources\/[a-z0-9-]+#[a-z0-9-]+)$/);
        assert.ok(h.terms.length > 0, `${h.id} says which terms matched`);
        for (const [start, end] of highlightRanges(h.snippet, h.terms)) assert.ok(start >= 0 && start < end && end <= h.snippet.length, h.id);
      }
    });
  }

  test('a query of many words is cut to its first 200 characters and still finds what they name', () => {
    assert.equal(entries(search('hwasong '.repeat(2000)))[0]?.startsWith('/entries/hwasong-'), true);
    assert.deepEqual(search('a'.repeat(10_000)), []);
  });

  test('a query with accents and combining marks still finds its word', () => {
    assert.equal(entries(search('h\u0301wasong 18'))[0], '/entries/hwasong-18');
  });

  test('the search page address encodes any query, even a lone surrogate', () => {
    assert.equal(searchPageHref('hwasong 18'), '/search?q=hwasong+18');
    assert.equal(searchPageHref('\uD800'), '/search?q=%EF%BF%BD');
    assert.equal(searchPageHref(''), '/search');
  });
});
