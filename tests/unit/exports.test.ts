import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import { getCatalog } from '../../catalog/index';
import { escapeBibtex, sourceBibtex } from '../../catalog/export/bibtex';
import { buildCatalogExport } from '../../catalog/export/catalog-json';
import { passageCitationText } from '../../catalog/export/cite';
import { cslItemSchema, sourceCslItem } from '../../catalog/export/csl';
import { buildCatalogJsonSchema } from '../../catalog/export/json-schema';
import { catalogSchema, type Catalog } from '../../catalog/schema/derived';
import robots from '../../app/robots';
import sitemap from '../../app/sitemap';
import { SITE_URL } from '../../app/site';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BASE = 'https://catalog.example';
const catalog = getCatalog(ROOT);
const meta = (id: string) => catalog.sources.find((s) => s.meta.id === id)!.meta;
/** What a client reads: the export after a trip through JSON. */
const exported = (): Catalog => JSON.parse(JSON.stringify(buildCatalogExport(catalog)));

/** A small BibTeX reader for one `@type{key, name = {value}, …}` record with balanced braces. */
function parseBibtex(text: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s]+),/.exec(text.trim());
  assert.ok(head, `not a BibTeX record: ${text}`);
  const fields: Record<string, string> = {};
  const body = text.trim().slice(head[0].length);
  let i = 0;
  for (let m; (m = /\s*(\w+)\s*=\s*\{/y.exec(body.slice(i))); ) {
    let depth = 1;
    let j = i + m[0].length;
    const from = j;
    for (; depth > 0; j++) depth += body[j] === '{' ? 1 : body[j] === '}' ? -1 : 0;
    fields[m[1]!] = body.slice(from, j - 1);
    i = j + (/^\s*,/.exec(body.slice(j))?.[0].length ?? 0);
  }
  assert.match(body.slice(i), /^\s*\}\s*$/, 'the record closes after its last field');
  return { type: head[1]!, key: head[2]!, fields };
}

describe('/catalog.json', () => {
  test('parses with catalogSchema and keeps every entry, citation and mention', () => {
    const data = exported();
    assert.ok(catalogSchema.safeParse(data).success);
    assert.deepEqual(data.entries.map((e) => e.slug), catalog.entries.map((e) => e.slug));
    assert.equal(data.mentions.length, catalog.mentions.length);
  });

  test('every citation and mention resolves to its quote in the exported text', () => {
    const data = exported();
    const text = new Map(data.sources.map((s) => [s.meta.id, s.text]));
    for (const c of data.entries.flatMap((e) => e.citations)) assert.equal(text.get(c.source)!.slice(c.start, c.end), c.quote);
    for (const m of data.mentions) assert.equal(text.get(m.source)!.slice(m.start, m.end), m.text);
  });

  test('a catalog that does not fit the schema is refused, naming the field', () => {
    const broken = structuredClone(catalog);
    broken.entries[0]!.citations[0]!.start = -1;
    assert.throws(() => buildCatalogExport(broken), /entries\[0\]\.citations\[0\]\.start/);
  });
});

describe('/catalog.schema.json', () => {
  const schema = buildCatalogJsonSchema(BASE);
  const validate = new Ajv({ allErrors: true }).compile(schema);

  test('is a draft-07 JSON Schema with its own address', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.$id, `${BASE}/catalog.schema.json`);
  });

  test('validates the exported catalog', () => {
    assert.equal(validate(exported()), true, JSON.stringify(validate.errors));
  });

  test('rejects what catalogSchema rejects', () => {
    const cases: [string, (c: Catalog) => void][] = [
      ['a negative offset', (c) => (c.entries[0]!.citations[0]!.start = -1)],
      ['a malformed SHA-256', (c) => (c.sources[0]!.meta.sha256 = 'abc')],
      ['an unknown field', (c) => Object.assign(c.entries[0]!, { invented: true })],
      ['a stated field without its quote', (c) => (c.sources[0]!.meta.headline = { status: 'stated', value: 'x' } as never)],
    ];
    for (const [what, breakIt] of cases) {
      const data = exported();
      breakIt(data);
      assert.equal(validate(data), false, `${what} should not validate`);
      assert.equal(catalogSchema.safeParse(data).success, false, `${what} should not parse`);
    }
  });

  test('describes the catalog as exported: fields an entry file may omit are always written', () => {
    // io: 'output' — the entry schema defaults aliases, relations… so the export always has them.
    const data = exported();
    assert.ok(data.entries.every((e) => Array.isArray(e.aliases) && Array.isArray(e.relations)));
    delete (data.entries[0] as Partial<Catalog['entries'][0]>).aliases;
    assert.equal(validate(data), false);
  });

  test('every fact carries its certainty, polarity, cues and speaker chain, and the schema requires them', () => {
    const data = exported();
    const propellant = data.entries.find((e) => e.slug === 'hwasong-18')!.facts.find((f) => f.label === 'propellant')!;
    assert.deepEqual(
      { certainty: propellant.certainty, polarity: propellant.polarity, cues: propellant.cues, speaker: propellant.speaker },
      { certainty: 'certain', polarity: 'positive', cues: [], speaker: [{ party: 'North Korea', cue: 'claimed' }] },
    );
    const unidentified = data.entries.find((e) => e.slug === 'intercontinental-ballistic-missiles')!.facts.find((f) => f.value.includes('did not identify'))!;
    assert.equal(unidentified.polarity, 'negative');
    for (const field of ['certainty', 'polarity', 'cues', 'speaker'] as const) {
      const copy = exported();
      delete (copy.entries[0]!.facts[0] as Partial<Catalog['entries'][0]['facts'][0]>)[field];
      assert.equal(validate(copy), false, `a fact without ${field} does not validate`);
    }
  });

  test('a fact taken from a photo caption carries the caption and its credit in its citation', () => {
    const launch = exported().entries.find((e) => e.slug === 'hwasong-17')!;
    const n = launch.factCitations[launch.facts.findIndex((f) => f.label === 'launch')]![0]!;
    assert.deepEqual([launch.citations[n - 1]!.blockKind, launch.citations[n - 1]!.credit], ['caption', 'Korean Central News Agency/Korea News Service via AP']);
  });
});

describe('source citations', () => {
  test('CSL-JSON of article-000 holds exactly its stated headline, byline, publisher and section', () => {
    assert.deepEqual(sourceCslItem(meta('article-000'), BASE), {
      id: 'article-000',
      type: 'article-newspaper',
      title: "Kim shows off North's arsenal to Russian defense chief",
      author: [{ literal: 'MICHAEL LEE' }],
      'container-title': 'Korea JoongAng Daily',
      section: 'Home > National > North Korea',
      URL: `${BASE}/sources/article-000`,
    });
  });

  test('CSL-JSON of article-004 has no title, author, publisher or date: its text states none', () => {
    const item = sourceCslItem(meta('article-004'), BASE);
    assert.deepEqual(Object.keys(item).sort(), ['URL', 'id', 'type']);
    assert.ok(cslItemSchema.safeParse(item).success);
  });

  test('the CSL schema refuses fields the catalog never states (access date, DOI)', () => {
    const item = sourceCslItem(meta('article-000'), BASE);
    assert.equal(cslItemSchema.safeParse({ ...item, accessed: { 'date-parts': [[2024, 1, 1]] } }).success, false);
    assert.equal(cslItemSchema.safeParse({ ...item, DOI: '10.1/x' }).success, false);
  });

  test('BibTeX of article-000 parses into title, author as written, publisher and the catalog URL', () => {
    const record = parseBibtex(sourceBibtex(meta('article-000'), BASE));
    assert.equal(record.type, 'misc');
    assert.equal(record.key, 'article-000');
    assert.deepEqual(record.fields, {
      title: "{Kim shows off North's arsenal to Russian defense chief}",
      author: '{MICHAEL LEE}',
      howpublished: 'Korea JoongAng Daily',
      url: `${BASE}/sources/article-000`,
    });
  });

  test('BibTeX of article-004 holds only the catalog URL', () => {
    assert.deepEqual(parseBibtex(sourceBibtex(meta('article-004'), BASE)).fields, { url: `${BASE}/sources/article-004` });
  });

  test('TeX special characters in stated text are escaped, other text kept as written', () => {
    assert.equal(escapeBibtex('R&D: 50% of $ {x}_1 #2 ~ ^ \\ “Kim’s”'), 'R\\&D: 50\\% of \\$ \\{x\\}\\_1 \\#2 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} “Kim’s”');
  });
});

describe('passageCitationText', () => {
  test('names the headline, the publisher, the passage and its address', () => {
    assert.equal(
      passageCitationText('article-000', 'paragraph-3', BASE),
      `Korea JoongAng Daily, Kim shows off North's arsenal to Russian defense chief, Paragraph 3. ${BASE}/sources/article-000#paragraph-3`,
    );
  });

  test('a source without a headline is named by its opening words, with no publisher invented', () => {
    assert.equal(
      passageCitationText('article-004', 'paragraph-10', BASE),
      `“North Korean dictator Kim Jong-un on Wednesday led Russian…”, Paragraph 10. ${BASE}/sources/article-004#paragraph-10`,
    );
  });

  test('a caption printed twice is cited as its first copy, the one the reader shows', () => {
    assert.match(passageCitationText('article-000', 'caption-1-repeat', BASE), /, Photo caption 1\. \S+#caption-1$/);
  });

  test('an unknown source or passage is an error in the calling page', () => {
    assert.throws(() => passageCitationText('article-999', 'paragraph-1', BASE), /no source "article-999"/);
    assert.throws(() => passageCitationText('article-000', 'paragraph-999', BASE), /no block "paragraph-999"/);
  });
});

describe('/sitemap.xml and /robots.txt', () => {
  test('the sitemap lists the fixed pages, every entry and every source, and no invented dates', () => {
    const urls = sitemap().map((u) => u.url);
    const expected = [
      ...['/', '/sources', '/about', '/search'],
      ...catalog.entries.map((e) => `/entries/${e.slug}`),
      ...catalog.sources.map((s) => `/sources/${s.meta.id}`),
    ].map((p) => `${SITE_URL}${p}`);
    assert.deepEqual(urls, expected);
    assert.ok(sitemap().every((u) => u.lastModified === undefined));
  });

  test('robots.txt allows crawling and names the sitemap', () => {
    assert.deepEqual(robots(), { rules: { userAgent: '*', allow: '/' }, sitemap: `${SITE_URL}/sitemap.xml` });
  });
});
