import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitBuckets } from '../../catalog/search/search-files';
import { bucketKey, bucketPath, COMPLETION_POSTINGS, designationsPath, docPath, entryRef, headPath, passageRef, SEARCH_FORMAT, subBucketLetter, type EntryCard, type Posting, type TermBucket } from '../../catalog/search/search-format';
import { PREFIX_COMPLETIONS, SearchIndexReader, searchPageHref, type SearchDetail, type SearchHit } from '../../catalog/search/search';
import { highlightRanges, searchTerms } from '../../catalog/search/search-text';
import { memorySearchReader, siteSearchFiles } from '../../catalog/views';

// The browser's copy: the site's index files, each read back from JSON as a fetch would.
const files = siteSearchFiles();
const index = memorySearchReader(files);
const search = async (query: string) => (await index.search(query)).hits;
const entries = (hits: SearchHit[]) => hits.filter((h) => h.kind === 'entry').map((h) => h.url);
const marked = (text: string, terms: string[]) => highlightRanges(text, terms).map(([s, e]) => text.slice(s, e));

// Paragraph 2 of the first article and paragraph 12 of the second, verbatim.
const PHOTOS = 'Photos released by the North’s state-controlled Korean Central News Agency (KCNA) showed Kim accompanied by Shoigu';
const UNIDENTIFIED =
  'Voice of America did not identify the model ICBMs present for the exhibition Shoigu attended, but Japan’s Kyodo News claimed they appeared to be Hwasong-18s.';

describe('search terms', () => {
  test('a hyphenated designation yields its parts and the joined form', async () => {
    assert.deepEqual(searchTerms('Hwasong-18'), ['hwasong', '18', 'hwasong18']);
    assert.deepEqual(searchTerms('MQ 9 Reaper'), ['mq', '9', 'reaper', 'mq9']);
  });

  test('typed with a space, glued or shouted, a designation gives the same joined term', async () => {
    for (const q of ['hwasong 18', 'HWASONG18', 'Hwasong‐18', 'ｈｗａｓｏｎｇ-18']) assert.ok(searchTerms(q).includes('hwasong18'), q);
  });

  test('curly and straight apostrophes both give the possessive and its stem', async () => {
    assert.deepEqual(searchTerms('North’s'), ['norths', 'north']);
    assert.deepEqual(searchTerms("north's"), ['norths', 'north']);
  });
});

describe('highlighting', () => {
  test('marks the displayed words, curly apostrophe and all', async () => {
    assert.deepEqual(marked(PHOTOS, ['norths']), ['North’s']);
  });

  test('marks a whole designation when its joined form matched', async () => {
    assert.deepEqual(marked(UNIDENTIFIED, ['hwasong18s']), ['Hwasong-18s']);
  });

  test('treats pattern characters in the text as plain text', async () => {
    assert.deepEqual(marked('a (b) [c]* d.+', ['b', 'c']), ['b', 'c']);
  });
});

describe('searchCatalog over the real catalog', () => {
  for (const query of ['hwasong 18', 'HWASONG18', 'Hwasong-18', 'hwasong-18s']) {
    test(`"${query}" finds the Hwasong-18 entry first`, async () => {
      assert.equal(entries(await search(query))[0], '/entries/hwasong-18');
    });
  }

  test('other designations are marked only where they share a word: "hwasong 18" marks the "Hwasong" of Hwasong-17', async () => {
    const other = (await search('hwasong 18')).find((h) => h.url === '/entries/hwasong-17');
    assert.ok(other);
    assert.deepEqual(marked(other.title, other.terms), ['Hwasong']);
  });

  test('entries come before passages', async () => {
    const kinds = (await search('hwasong')).map((h) => h.kind);
    assert.ok(kinds.includes('passage'));
    assert.equal(kinds.indexOf('passage'), kinds.lastIndexOf('entry') + 1);
  });

  test('"north\'s" finds passages that write "North’s", and marks it', async () => {
    const hits = (await search("north's")).filter((h) => h.kind === 'passage');
    const photos = hits.find((h) => h.url === '/sources/article-000#paragraph-2');
    assert.ok(photos, 'paragraph 2 of the first article is found');
    assert.ok(marked(photos.snippet, photos.terms).includes('North’s'));
  });

  test('"hwasnog" (a typo) finds the Hwasong entries', async () => {
    const found = entries(await search('hwasnog'));
    for (const slug of ['hwasong-12', 'hwasong-17', 'hwasong-18']) assert.ok(found.includes(`/entries/${slug}`), slug);
  });

  test('a five-letter word tolerates one slip, not two: "north" does not find "south"', async () => {
    const terms = (await search('north')).flatMap((h) => h.terms);
    assert.ok(terms.includes('north'));
    assert.ok(!terms.includes('south'));
  });

  test('the last word matches as a prefix, so results follow typing', async () => {
    assert.equal(entries(await search('rea'))[0], '/entries/mq-9-reaper');
  });

  test('aliases and categories are searched: "ICBM", "UAV"', async () => {
    assert.equal(entries(await search('ICBM'))[0], '/entries/intercontinental-ballistic-missiles');
    assert.ok(entries(await search('uav')).includes('/entries/mq-9-reaper'));
  });

  test('a passage result links to its passage and names its source', async () => {
    const hit = (await search('Kyodo News Hwasong-18s')).find((h) => h.kind === 'passage');
    assert.equal(hit?.url, '/sources/article-004#paragraph-12');
    assert.equal(hit?.label, 'Paragraph 12');
  });

  test('limit applies to each group', async () => {
    const { hits } = await index.search('north korea', { limit: 2 });
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
    test(`${JSON.stringify(query.slice(0, 30))}${query.length > 30 ? '…' : ''}: well-formed results, highlights inside their snippets`, async () => {
      const hits = await search(query);
      if (wordless.has(query)) assert.deepEqual(hits, [], 'a query without words finds nothing');
      for (const h of hits) {
        assert.match(h.url, /^\/(?:entries\/[a-z0-9-]+|sources\/[a-z0-9-]+#[a-z0-9-]+)$/);
        assert.ok(h.terms.length > 0, `${h.id} says which terms matched`);
        for (const [start, end] of highlightRanges(h.snippet, h.terms)) assert.ok(start >= 0 && start < end && end <= h.snippet.length, h.id);
      }
    });
  }

  test('a query of many words is cut to its first 200 characters and still finds what they name', async () => {
    assert.equal(entries(await search('hwasong '.repeat(2000)))[0]?.startsWith('/entries/hwasong-'), true);
    assert.deepEqual(await search('a'.repeat(10_000)), []);
  });

  test('a hit says which query words found it and whether a name matched', async () => {
    const hit = (await search('reaper drone')).find((h) => h.url === '/entries/mq-9-reaper');
    assert.ok(hit);
    assert.equal(hit.byName, true);
    assert.ok(hit.queryTerms.includes('reaper'));
    const passage = (await search('reaper')).find((h) => h.kind === 'passage');
    assert.equal(passage?.byName, false);
  });

  test('a query with accents and combining marks still finds its word', async () => {
    assert.equal(entries(await search('h\u0301wasong 18'))[0], '/entries/hwasong-18');
  });

  test('the search page address encodes any query, even a lone surrogate', async () => {
    assert.equal(searchPageHref('hwasong 18'), '/search?q=hwasong+18');
    assert.equal(searchPageHref('\uD800'), '/search?q=%EF%BF%BD');
    assert.equal(searchPageHref(''), '/search');
  });

  test('a different number is a different system: "hwasong 19" finds no Hwasong entry by its number', async () => {
    for (const hit of (await search('hwasong 19')).filter((h) => h.kind === 'entry')) {
      assert.ok(!hit.terms.some((t) => /\d/.test(t) && t !== '19'), `${hit.title} matched ${hit.terms.join(', ')}`);
    }
  });

  test('"hwasnog 17" forgives the typo in the letters, finds the Hwasong-17 first and says what it matched', async () => {
    const answer = await index.search('hwasnog 17');
    assert.equal(entries(answer.hits)[0], '/entries/hwasong-17');
    assert.equal(answer.notice, 'Showing matches for “hwasong” (you typed “hwasnog”).');
    assert.equal((await index.search('hwasong 17')).notice, undefined);
  });

  test('entry cards carry what lookup reasons about: names, category, not-stated labels, derived specifications and one line per fact', async () => {
    const { cards } = await index.search('hwasong 17 range');
    const card = cards.find((c) => c.slug === 'hwasong-17');
    assert.ok(card);
    assert.equal(card.name, 'Hwasong-17');
    assert.ok(card.notStated.includes('Range'));
    assert.ok(!card.notStated.includes('Propellant') || !card.specs.some((s) => s.label === 'Propellant'));
    assert.ok(card.facts.length > 0 && card.facts.every((f) => f.line.startsWith(`${f.label}: `)));
  });
});

describe('what a query reads', () => {
  test('only the manifest, the buckets of its words, the designation shards it names and the documents it shows', async () => {
    const read: string[] = [];
    const reader = new SearchIndexReader(async (path) => {
      read.push(path);
      return JSON.parse(JSON.stringify(files.get(path)));
    });
    const { hits } = await reader.search('hwasong 18', { limit: 3 });
    const buckets = [...new Set(['hwasong', '18', 'hwasong18'].map(bucketKey))].map(bucketPath);
    // "hwasong 18" is designation-like: the shards of its first two letters, h and w, are read.
    const shards = ['h', 'w'].map(designationsPath);
    // Each result shown is read once: its card, or, for an entry matched by its names alone, its head.
    const documents = read.filter((p) => p !== '/search-index/manifest.json' && !buckets.includes(p) && !shards.includes(p));
    assert.deepEqual(read.filter((p) => !documents.includes(p)).sort(), ['/search-index/manifest.json', ...buckets, ...shards].sort());
    assert.equal(documents.length, hits.length);
    for (const h of hits) assert.ok(documents.includes(docPath(h.id)) || documents.includes(headPath(h.id)), h.id);
  });

  test('the buckets of its words are requested while the designation shards are still being read', async () => {
    // The shards answer only once a bucket has been requested: a search that waited for them first would never finish.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const reader = new SearchIndexReader(async (path) => {
      if (path.startsWith('/search-index/terms/')) release();
      if (path.startsWith('/search-index/d/')) await held;
      return JSON.parse(JSON.stringify(files.get(path)));
    });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the buckets waited for the designation shards')), 2000).unref());
    const { hits } = await Promise.race([reader.search('hwasong 18', { limit: 3 }), timeout]);
    assert.equal(hits[0]?.url, '/entries/hwasong-18');
  });

  test('a word whose bucket does not exist is not requested at all', async () => {
    const read: string[] = [];
    const reader = new SearchIndexReader(async (path) => (read.push(path), JSON.parse(JSON.stringify(files.get(path)))));
    assert.deepEqual((await reader.search('zzqx')).hits, []);
    assert.deepEqual(read, ['/search-index/manifest.json']);
  });
});

describe('entries read from their heads while typing', () => {
  const recording = () => {
    const read: string[] = [];
    const reader = new SearchIndexReader(async (path) => {
      read.push(path);
      const file = files.get(path);
      if (file === undefined) throw new Error(`no such index file: ${path}`);
      return JSON.parse(JSON.stringify(file));
    });
    return { read, reader };
  };
  const shown = (hits: SearchHit[]) => hits.map((h) => [h.url, h.title, h.label]);

  test('every entry has a head: its card\'s name, aliases, category and first fact line', () => {
    const cards = [...files].filter(([path]) => path.startsWith('/search-index/e/'));
    assert.ok(cards.length > 0);
    for (const [path, card] of cards) {
      const c = card as EntryCard;
      assert.deepEqual(files.get(headPath(entryRef(c.slug))), { name: c.name, aliases: c.aliases, category: c.category, line: c.facts[0]!.line }, path);
    }
  });

  test('while typing, entries are read from their heads and show the same names and categories as when final', async () => {
    const { read, reader } = recording();
    const answer = await reader.search('hwasong', { limit: 5, detail: 'typing' });
    const final = await index.search('hwasong', { limit: 5 });
    const ofEntries = (hits: SearchHit[]) => hits.filter((h) => h.kind === 'entry');
    assert.deepEqual(shown(ofEntries(answer.hits)), shown(ofEntries(final.hits)));
    const entryHits = ofEntries(answer.hits);
    assert.ok(entryHits.length >= 3);
    for (const h of entryHits) {
      assert.ok(read.includes(headPath(h.id)), h.id);
      assert.ok(!read.includes(docPath(h.id)), h.id);
    }
  });

  test('a word in an entry\'s facts: its head shows the first fact until the final answer reads its card', async () => {
    const { read, reader } = recording();
    const line = async (detail: SearchDetail) => {
      const answer = await reader.search('mid-july', { limit: 5, detail });
      return [answer.provisional, answer.hits.find((h) => h.url === '/entries/hwasong-18')?.snippet];
    };
    assert.deepEqual(await line('typing'), [true, 'Propellant: North Korea claimed: solid-fuel']);
    assert.deepEqual(await line('final'), [undefined, 'Testing: The latest model (the Hwasong-18) … was tested in mid-July']);
    assert.ok(read.includes(docPath(entryRef('hwasong-18'))));
  });

  test('an entry found only by its names is final from its head, with the line its card would show', async () => {
    const { read, reader } = recording();
    const answer = await reader.search('hwasong', { limit: 5 });
    const onlyNamed = answer.hits.filter((h) => h.kind === 'entry' && !read.includes(docPath(h.id)));
    assert.ok(onlyNamed.length > 0, 'some entry was shown from its head alone');
    assert.equal(answer.provisional, undefined);
    for (const h of onlyNamed) {
      const card = files.get(docPath(h.id)) as EntryCard;
      const expected = [card.aliases.length ? `Also written ${card.aliases.join(', ')}` : '', ...card.facts.map((f) => f.line)].find((l) => l && marked(l, h.terms).length > 0) ?? card.facts[0]!.line;
      assert.equal(h.snippet, expected, h.id);
    }
  });

  test('a card already read is used while typing, and the answer is then final', async () => {
    const { read, reader } = recording();
    await reader.search('mid-july', { limit: 5 });
    const heads = read.filter((p) => p.startsWith('/search-index/h/')).length;
    const again = await reader.search('mid-july', { limit: 5, detail: 'typing' });
    assert.equal(again.provisional, undefined);
    assert.equal(read.filter((p) => p.startsWith('/search-index/h/')).length, heads);
  });

  test('while typing, a passage not read yet waits for the final answer; one already read shows at once', async () => {
    const { read, reader } = recording();
    const typing = await reader.search('shoigu', { limit: 5, detail: 'typing' });
    assert.deepEqual(typing.hits.filter((h) => h.kind === 'passage'), []);
    assert.equal(typing.provisional, true);
    assert.ok(!read.some((p) => p.startsWith('/search-index/p/')), 'no passage was read while typing');
    const final = await reader.search('shoigu', { limit: 5 });
    const passages = final.hits.filter((h) => h.kind === 'passage');
    assert.ok(passages.length >= 3);
    assert.equal(final.provisional, undefined);
    // Typed again, the passages now read are shown with the keystroke, and nothing waits.
    const again = await reader.search('shoigu', { limit: 5, detail: 'typing' });
    assert.deepEqual(again.hits.filter((h) => h.kind === 'passage'), passages);
    assert.equal(again.provisional, undefined);
  });

  test('a specification question reads cards, even while typing, since its answer is in them', async () => {
    const { reader } = recording();
    const answer = await reader.search('hwasong-17 range', { limit: 5, detail: 'typing' });
    const entryHits = answer.hits.filter((h) => h.kind === 'entry');
    assert.ok(entryHits.length > 0);
    for (const h of entryHits) assert.ok(answer.cards.some((c) => entryRef(c.slug) === h.id), h.id);
    assert.match(answer.notice ?? '', /Hwasong-17 — Range: not stated in these sources\./);
    assert.ok(answer.cards.some((c) => c.slug === 'hwasong-17'));
  });
});

describe('documents that score the same', () => {
  // An index written for this test: six passages that say the same, and so weigh the same, for "twin".
  const refs = Array.from({ length: 6 }, (_, i) => passageRef('a', `t${i}`));
  const files = new Map<string, unknown>([
    ['/search-index/manifest.json', { format: SEARCH_FORMAT, buckets: ['ot', 'tw'], split: {}, designations: [] }],
    [bucketPath('tw'), { terms: { twin: refs.map((r) => [r, 2]) } }],
    [bucketPath('ot'), { terms: { other: [[refs[5]!, 3]] } }],
    ...refs.map((r, i) => [docPath(r), { title: 'A', label: `Paragraph ${i}`, text: 'A twin.' }] as const),
  ]);

  test('are ordered by address, except that those already read come first', async () => {
    const read: string[] = [];
    const reader = new SearchIndexReader(async (path) => (read.push(path), structuredClone(files.get(path))));
    const urls = async (query: string) => (await reader.search(query, { limit: 2 })).hits.map((h) => h.url);
    const fresh = new SearchIndexReader(async (path) => structuredClone(files.get(path)));
    assert.deepEqual((await fresh.search('twin', { limit: 2 })).hits.map((h) => h.url), ['/sources/a#t0', '/sources/a#t1']);
    // The last passage, read for another word, then leads its equals for "twin", and is not read again.
    assert.deepEqual(await urls('other'), ['/sources/a#t5']);
    assert.deepEqual(await urls('twin'), ['/sources/a#t5', '/sources/a#t0']);
    assert.equal(read.filter((p) => p === docPath(refs[5]!)).length, 1);
  });
});

describe('a begun word in a large catalog', () => {
  // An index written for this test: "shells" in 400 passages (five listed, the rest cut), and
  // twenty rare words beginning with "sh" (six passages each, all listed, each weighing more
  // than any "shells" passage).
  const rare = Array.from({ length: 20 }, (_, i) => `sha${String(i + 1).padStart(2, '0')}`);
  const files = new Map<string, unknown>([
    ['/search-index/manifest.json', { format: SEARCH_FORMAT, buckets: ['sh'], split: {}, designations: [] }],
    [
      bucketPath('sh'),
      {
        terms: {
          shells: Array.from({ length: 5 }, (_, i) => [passageRef('a', `s${i}`), 1]),
          ...Object.fromEntries(rare.map((t) => [t, Array.from({ length: 6 }, (_, j) => [passageRef('b', `${t}-${j}`), 10])])),
        },
        documents: { shells: 400 },
      },
    ],
    ...Array.from({ length: 5 }, (_, i) => [docPath(passageRef('a', `s${i}`)), { title: 'A', label: `Paragraph ${i}`, text: 'Some shells.' }] as const),
    ...rare.flatMap((t) => Array.from({ length: 6 }, (_, j) => [docPath(passageRef('b', `${t}-${j}`)), { title: 'B', label: t, text: `A ${t}.` }] as const)),
  ]);
  const reader = new SearchIndexReader(async (path) => structuredClone(files.get(path)));

  test(`stands for its ${PREFIX_COMPLETIONS} completions found in the most documents`, async () => {
    const { hits } = await reader.search('sh', { limit: 100 });
    const found = new Set(hits.flatMap((h) => h.terms));
    assert.ok(found.has('shells'), 'the common completion is kept, counted by all its documents, not the five listed');
    assert.equal(found.size, PREFIX_COMPLETIONS);
    // Of the rare words, all found in six documents, the first alphabetically are kept.
    assert.deepEqual([...found].filter((t) => t !== 'shells').sort(), rare.slice(0, PREFIX_COMPLETIONS - 1));
  });

  test('a finished rare word is still found, whatever its prefix stood for', async () => {
    const { hits } = await reader.search('sha20 ', { limit: 10 });
    assert.deepEqual(hits.map((h) => h.url).sort(), Array.from({ length: 6 }, (_, j) => `/sources/b#sha20-${j}`));
  });
});

describe('a bucket split by its third letter', () => {
  // An index written for this test: one bucket "sh" of common words (postings cut, as a large
  // catalog's are), rare words under every third letter but z, a two-letter word and one whose third
  // character is not a plain letter. Every posting is a passage whose text is its term.
  const postings = (term: string, n: number, weight: number): Posting[] => Array.from({ length: n }, (_, i) => [passageRef(term, `p${i}`), weight - i / 100]);
  const bucket: TermBucket = {
    terms: {
      sh: postings('sh', 3, 4),
      shells: postings('shells', 100, 2),
      shoigu: postings('shoigu', 100, 1.5),
      showed: postings('showed', 60, 1),
      'shα': postings('shα', 2, 5),
      ...Object.fromEntries('abcdefghijklmnpqrstuvwxy'.split('').flatMap((l) => [1, 2, 3].map((i) => [`sh${l}ar${i}`, postings(`sh${l}ar${i}`, 4, 8)]))),
    },
    documents: { shells: 400, shoigu: 300 },
  };
  const docs = new Map(Object.entries(bucket.terms).flatMap(([term, list]) => list.map(([ref]) => [docPath(ref), { title: term, label: 'Paragraph', text: `About ${term}.` }] as const)));
  const indexOf = (buckets: Map<string, TermBucket>, split: Record<string, string>) => {
    const read: string[] = [];
    const all = new Map<string, unknown>([['/search-index/manifest.json', { format: SEARCH_FORMAT, buckets: ['sh'], split, designations: [] }], ...[...buckets].map(([k, b]) => [bucketPath(k), b] as const), ...docs]);
    const reader = new SearchIndexReader(async (path) => {
      read.push(path);
      if (!all.has(path)) throw new Error(`no such file: ${path}`);
      return structuredClone(all.get(path));
    });
    return { reader, read };
  };
  const whole = indexOf(new Map([['sh', bucket]]), {});
  const { files: parts, split } = splitBuckets(new Map([['sh', bucket]]), 1000);
  // A fresh reader per question, so what it reads is not hidden by what an earlier one cached.
  const halves = () => indexOf(parts, split);

  test('files every term, with all its postings, under its third letter, or in the two-letter bucket when it has none', () => {
    assert.deepEqual(Object.keys(split), ['sh']);
    assert.equal(split.sh, 'abcdefghijklmnopqrstuvwxy');
    for (const [term, list] of Object.entries(bucket.terms)) {
      const letter = subBucketLetter(term);
      assert.deepEqual(parts.get(letter ? `sh${letter}` : 'sh')?.terms[term], list, term);
    }
    for (const [key, b] of parts) if (key !== 'sh') assert.ok(Object.keys(b.terms).every((t) => t.startsWith(key)), key);
    // Besides: the most common completions, for a word begun "sh", with their best postings.
    const extra = Object.keys(parts.get('sh')!.terms).filter((t) => subBucketLetter(t));
    assert.equal(extra.length, PREFIX_COMPLETIONS);
    assert.ok(['shells', 'shoigu', 'showed'].every((t) => extra.includes(t)));
    assert.equal(parts.get('sh')!.terms.shells!.length, COMPLETION_POSTINGS.passage);
    assert.equal(parts.get('sh')!.documents?.shells, 400);
  });

  test('a finished word finds the same results, reading its sub-bucket alone', async () => {
    for (const query of ['shells', 'shoigu showed', 'shkar2 ', 'shα', 'shelld']) {
      const [a, b] = await Promise.all([whole.reader.search(query, { limit: 50 }), halves().reader.search(query, { limit: 50 })]);
      assert.deepEqual(b.hits.map((h) => h.id), a.hits.map((h) => h.id), query);
      assert.ok(b.hits.length > 0, query);
    }
    const { reader, read } = halves();
    await reader.search('shells', { limit: 5 });
    assert.deepEqual(read.filter((p) => p.includes('/terms/')), [bucketPath('she')]);
  });

  test('a word begun with two letters reads the two-letter bucket and finds the same first results', async () => {
    const { reader, read } = halves();
    const [a, b] = await Promise.all([whole.reader.search('sh', { limit: 5 }), reader.search('sh', { limit: 5 })]);
    assert.deepEqual(b.hits.map((h) => h.id), a.hits.map((h) => h.id));
    assert.deepEqual(read.filter((p) => p.includes('/terms/')), [bucketPath('sh')]);
  });

  test('a third letter no term has reads no bucket; a typo in the third letter is not forgiven', async () => {
    const { reader, read } = halves();
    assert.deepEqual((await reader.search('shzxx')).hits, []);
    assert.deepEqual(read.filter((p) => p.includes('/terms/')), []);
    // "shxlls" is one edit from "shells" (forgiven by the whole bucket), but its third letter chooses another sub-bucket.
    assert.ok((await whole.reader.search('shxlls')).hits.some((h) => h.terms.includes('shells')));
    assert.ok(!(await reader.search('shxlls')).hits.some((h) => h.terms.includes('shells')));
  });
});
