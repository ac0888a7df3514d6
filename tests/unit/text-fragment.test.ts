import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { getCatalog } from '../../catalog/index';
import { encodeDirectiveTerm, matchTextDirective, textFragmentHref, type TextDirective } from '../../catalog/text/text-fragment';

const ROOT = path.resolve(import.meta.dirname, '../..');
const catalog = getCatalog(ROOT);
const rawText = (id: string) => catalog.sources.find((s) => s.meta.id === id)!.text;
const citation = (quote: string) => catalog.entries.flatMap((e) => e.citations).find((c) => c.quote === quote)!;

/** Reads a `text=` directive back the way a browser does: split on commas, then decode each term. */
function parseHref(href: string): { anchor: string; directive: TextDirective } {
  const [, anchor, value] = /#([^:]*):~:text=(.*)$/.exec(href) ?? [];
  assert.ok(anchor && value, `no text directive in ${href}`);
  const terms = value.split(',');
  const directive: Partial<TextDirective> = {};
  if (terms[0]!.endsWith('-')) directive.prefix = decodeURIComponent(terms.shift()!.slice(0, -1));
  if (terms.at(-1)!.startsWith('-')) directive.suffix = decodeURIComponent(terms.pop()!.slice(1));
  assert.ok(terms.length === 1 || terms.length === 2, href);
  directive.start = decodeURIComponent(terms[0]!);
  if (terms[1]) directive.end = decodeURIComponent(terms[1]);
  return { anchor, directive: directive as TextDirective };
}

describe('encodeDirectiveTerm', () => {
  test("percent-encodes the directive's own syntax: hyphen, comma and ampersand", () => {
    assert.equal(encodeDirectiveTerm('122-millimeter shells, rockets & more'), '122%2Dmillimeter%20shells%2C%20rockets%20%26%20more');
    assert.equal(encodeDirectiveTerm('“rare”'), '%E2%80%9Crare%E2%80%9D');
  });
});

describe('textFragmentHref', () => {
  test('a short quote is the start term, with whole words of its passage around it', () => {
    const c = citation('Hwasong-12 hypersonic glide vehicle-mounted ballistic missile');
    assert.equal(
      textFragmentHref(c, rawText('article-000')),
      `/sources/article-000#${c.anchor}:~:text=a-,Hwasong%2D12%20hypersonic%20glide%20vehicle%2Dmounted%20ballistic%20missile,-were`,
    );
  });

  test('a quote of more than ten words is given by its first and last four words', () => {
    const c = catalog.entries.flatMap((e) => e.citations).find((q) => q.quote.startsWith('Arms stockpiled by Pyongyang'))!;
    assert.ok(c.quote.split(' ').length > 10);
    const { directive } = parseHref(textFragmentHref(c, rawText('article-000')));
    assert.equal(directive.start, 'Arms stockpiled by Pyongyang');
    assert.equal(directive.end, 'such as 122-millimeter shells');
  });

  test('every citation in the catalog gets a directive that selects exactly its quote', () => {
    for (const entry of catalog.entries) {
      for (const c of entry.citations) {
        const raw = rawText(c.source);
        const href = textFragmentHref(c, raw);
        assert.ok(href.startsWith(`/sources/${c.source}#${c.anchor}:~:text=`), href);
        const { anchor, directive } = parseHref(href);
        assert.equal(anchor, c.anchor);
        assert.deepEqual(matchTextDirective(raw, directive), { start: c.start, end: c.end }, `${entry.slug}: ${href}`);
      }
    }
  });

  test('a quote no directive can single out falls back to the plain anchor', () => {
    const raw = 'drone\n\ndrone';
    assert.equal(textFragmentHref({ source: 's', anchor: 'q-7-12', start: 7, end: 12, quote: 'drone' }, raw), '/sources/s#q-7-12');
  });
});

describe('matchTextDirective', () => {
  const raw = 'The Hwasong-170 is not the Hwasong-17, which the North showed.';
  test('matches whole words only, ignoring case', () => {
    assert.deepEqual(matchTextDirective(raw, { start: 'hwasong-17' }), { start: raw.indexOf('Hwasong-17,'), end: raw.indexOf(',') });
  });

  test('needs the prefix and suffix right around the match', () => {
    assert.deepEqual(matchTextDirective(raw, { prefix: 'the', start: 'Hwasong-17', suffix: ',' }), { start: 27, end: 37 });
    assert.equal(matchTextDirective(raw, { prefix: 'not', start: 'Hwasong-17' }), null);
  });
});
