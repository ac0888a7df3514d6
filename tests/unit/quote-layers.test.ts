import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layerQuotes } from '../../catalog/text/quote-layers';
import { describeJsonError } from '../../catalog/verify/violations';

// Article 1, paragraph 11: two entries quote overlapping stretches of the same sentence.
const sentence =
  'Arms stockpiled by Pyongyang that would fit Moscow’s needs include weapons based on Soviet designs, such as 122-millimeter shells and multiple rocket launcher rounds that would be compatible with Russian systems.';
const span = (quote: string, anchor: string) => {
  const start = sentence.indexOf(quote);
  assert.notEqual(start, -1, `fixture quote not in sentence: ${quote}`);
  return { start, end: start + quote.length, anchor };
};

test('quotes that nest stay together in the main rendering', () => {
  const outer = span('such as 122-millimeter shells and multiple rocket launcher rounds', 'outer');
  const inner = span('multiple rocket launcher rounds', 'inner');
  const { main, alternates } = layerQuotes([inner, outer]);
  assert.deepEqual(main.map((q) => q.anchor).sort(), ['inner', 'outer']);
  assert.deepEqual(alternates, []);
});

test('a quote that crosses a longer one is moved to its own alternate rendering', () => {
  const long = span('Arms stockpiled by Pyongyang that would fit Moscow’s needs include weapons based on Soviet designs, such as 122-millimeter shells', 'long');
  const crossing = span('122-millimeter shells and multiple rocket launcher rounds that would be compatible with Russian systems.', 'crossing');
  const { main, alternates } = layerQuotes([crossing, long]);
  assert.deepEqual(main.map((q) => q.anchor), ['long']);
  assert.deepEqual(alternates.map((q) => q.anchor), ['crossing']);
});

test('no two quotes of the main rendering cross, whatever the input order', () => {
  const quotes = [
    span('such as 122-millimeter shells and multiple rocket launcher rounds', 'a'),
    span('multiple rocket launcher rounds that would be compatible with Russian systems.', 'b'),
    span('Arms stockpiled by Pyongyang that would fit Moscow’s needs', 'c'),
    span('weapons based on Soviet designs, such as 122-millimeter shells', 'd'),
  ];
  const { main, alternates } = layerQuotes(quotes);
  for (const x of main) {
    for (const y of main) {
      const cross = x.start < y.start && y.start < x.end && x.end < y.end;
      assert.equal(cross, false, `${x.anchor} crosses ${y.anchor}`);
    }
  }
  assert.equal(main.length + alternates.length, quotes.length);
});

test('a JSON error names the line and column of the position the parser reports', () => {
  const content = '{\n  "slug": "hwasong-17",\n  name: "Hwasong-17"\n}';
  let error: unknown;
  try {
    JSON.parse(content);
  } catch (e) {
    error = e;
  }
  assert.match(describeJsonError(content, error), /line 3, column 3/);
});
