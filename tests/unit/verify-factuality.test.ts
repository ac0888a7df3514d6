import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCatalogFiles } from '../../catalog/load';
import { verifyCatalog } from '../../catalog/verify/verify';
import { formatViolation } from '../../catalog/verify/violations';
import { entryFile, expectViolation, ROOT, withEntry } from './support/catalog-files';
import { hwasong18LiquidFuel } from '../../catalog/verify/rule-book';

// Meaning-level rules, each broken once on the real catalog, in memory.
describe('the real catalog keeps every meaning', () => {
  test('it verifies: no false alarm', () => {
    const result = verifyCatalog(readCatalogFiles(ROOT));
    assert.ok(result.ok, result.ok ? '' : result.violations.map(formatViolation).join('\n'));
  });
});

describe('meaning-level distortions are refused, each with its rule, field, quote and cue', () => {
  test('a dropped negation: "did not identify the model ICBMs" → "identify the model ICBMs" [negation-dropped]', () => {
    const files = withEntry('intercontinental-ballistic-missiles', (e) => Object.assign(e.facts[4]!, { value: 'identify the model ICBMs', polarity: 'positive' }));
    expectViolation(files, 'negation-dropped', entryFile('intercontinental-ballistic-missiles'), 'facts[4].value', ['"identify the model ICBMs"', 'negation "did not"', 'Voice of America did not identify']);
  });

  test('a dropped hedge: "believed to be" [hedge-dropped]', () => {
    const files = withEntry('intercontinental-ballistic-missiles', (e) => Object.assign(e.facts[3]!, { value: 'capable of carrying nuclear warheads' }));
    expectViolation(files, 'hedge-dropped', entryFile('intercontinental-ballistic-missiles'), 'facts[3].value', ['hedge "believed to be"', 'which are believed to be capable']);
  });

  test('a dropped modal: "would be compatible" → "compatible" [hedge-dropped]', () => {
    const files = withEntry('122-millimeter-shells', (e) => Object.assign(e.facts[2]!, { value: 'compatible with Russian systems' }));
    expectViolation(files, 'hedge-dropped', entryFile('122-millimeter-shells'), 'facts[2].value', ['modal "would"', 'article-000 paragraph-11']);
  });

  test('a dropped likeness: "resembling the U.S. surveillance aircraft Global Hawk" → the Global Hawk itself [hedge-dropped]', () => {
    const files = withEntry('new-uav', (e) => Object.assign(e.facts[4]!, { value: 'the U.S. surveillance aircraft Global Hawk' }));
    expectViolation(files, 'hedge-dropped', entryFile('new-uav'), 'facts[4].value', ['likeness "resembling"']);
  });

  test('North Korea’s solid-fuel claim given as the article’s own reporting [speaker-article]', () => {
    const files = withEntry('hwasong-18', (e) => (e.facts[0]!.speaker = []));
    expectViolation(files, 'speaker-article', entryFile('hwasong-18'), 'facts[0].speaker', ['"North Korea claimed"', 'fix (tried: it verifies): set "speaker": [{"party":"North Korea","cue":"claimed"}]', 'Named the Hwasong-18']);
  });

  test('"liquid-fuel" from "than a liquid-fuel model" on the Hwasong-18 is refused, and no fix of its hedge or certainty is suggested [subject-elsewhere]', () => {
    // As a curator first writes it: no cue, so the hedge and the certainty are refused as well.
    const files = withEntry('hwasong-18', (e) => e.facts.push({ ...hwasong18LiquidFuel(), cues: [], certainty: 'certain' }));
    const result = verifyCatalog(files);
    assert.ok(!result.ok, 'the comparison’s other side must not verify as the Hwasong-18’s propellant');
    const mine = result.violations.filter((v) => v.file === entryFile('hwasong-18') && v.path.startsWith('facts[5]'));
    assert.ok(mine.some((v) => v.rule === 'subject-elsewhere'), mine.map(formatViolation).join('\n'));
    assert.ok(mine.some((v) => v.rule === 'hedge-dropped'), mine.map(formatViolation).join('\n'));
    for (const v of mine) {
      assert.equal(v.fix, undefined, `a fix is suggested: ${formatViolation(v)}`);
      assert.doesNotMatch(v.message, /fix \(tried: it verifies\)/);
    }
  });

  test('"The United States" as the speaker of "which the North has denied" [speaker-not-in-scope]', () => {
    const files = withEntry('artillery-shells', (e) => (e.differences[0]!.sides[1]!.speaker = [{ party: 'The United States', cue: 'has accused' }]));
    expectViolation(files, 'speaker-not-in-scope', entryFile('artillery-shells'), 'differences[0].sides[1].speaker[0].cue', ['"The United States has accused"', 'does not report']);
  });

  test('another party of the same passage as the speaker: Voice of America for Kyodo News’s claim [speaker-mismatch]', () => {
    const files = withEntry('intercontinental-ballistic-missiles', (e) => (e.relations[0]!.speaker = [{ party: 'Voice of America', cue: 'claimed' }]));
    expectViolation(files, 'speaker-mismatch', entryFile('intercontinental-ballistic-missiles'), 'relations[0].speaker[0].party', ['"Voice of America" is not who "claimed" attributes it to', 'Japan’s Kyodo News claimed']);
  });

  test('Voice of America dropped from the observers’ comparison [relay-dropped]', () => {
    const files = withEntry('new-uav', (e) => (e.facts[5]!.speaker = [{ party: 'Observers in Seoul', cue: 'noted' }]));
    expectViolation(files, 'relay-dropped', entryFile('new-uav'), 'facts[5].speaker', ['"Voice of America reported"', 'no link for it']);
  });

  test('a relay listed inner first [relay-order]', () => {
    const files = withEntry('new-uav', (e) => e.facts[5]!.speaker.reverse());
    expectViolation(files, 'relay-order', entryFile('new-uav'), 'facts[5].speaker', ['list the outer report first']);
  });

  test('a declared cue the quote does not hold [cue-not-in-quote], and one that covers nothing [cue-not-in-scope]', () => {
    expectViolation(withEntry('hwasong-12', (e) => (e.facts[0]!.cues ??= []).push('reportedly')), 'cue-not-in-quote', entryFile('hwasong-12'), 'facts[0].cues[0]', ['"reportedly"']);
    expectViolation(withEntry('hwasong-12', (e) => (e.facts[0]!.cues ??= []).push('hypersonic')), 'cue-not-in-scope', entryFile('hwasong-12'), 'facts[0].cues[0]', ['"hypersonic" is not a negation, hedge']);
  });

  test('a speaker not in the cited quote [cue-not-in-quote]', () => {
    const files = withEntry('hwasong-18', (e) => (e.facts[0]!.speaker = [{ party: 'Kyodo News', cue: 'claimed' }]));
    expectViolation(files, 'cue-not-in-quote', entryFile('hwasong-18'), 'facts[0].speaker[0].party', ['"Kyodo News" is not in the cited quote']);
  });

  test('a hedged value declared certain [certainty-mismatch], a negated one declared positive [polarity-mismatch]', () => {
    expectViolation(withEntry('hwasong-18', (e) => (e.facts[1]!.certainty = 'certain')), 'certainty-mismatch', entryFile('hwasong-18'), 'facts[1].certainty', ['"appeared" makes it probable']);
    expectViolation(withEntry('intercontinental-ballistic-missiles', (e) => (e.facts[4]!.polarity = 'positive')), 'polarity-mismatch', entryFile('intercontinental-ballistic-missiles'), 'facts[4].polarity', ['"did not"']);
  });

  test('a side of a difference keeps its source’s certainty too', () => {
    const files = withEntry('intercontinental-ballistic-missiles', (e) => (e.differences[0]!.sides[1]!.certainty = 'certain'));
    expectViolation(files, 'certainty-mismatch', entryFile('intercontinental-ballistic-missiles'), 'differences[0].sides[1].certainty', ['"appeared to be"']);
  });

  test('a curator’s note that drifts: the neighbours "detected" a launch, where the caption says they "said they had detected" it [note-drift]', () => {
    const files = withEntry('hwasong-17', (e) => (e.notes[0] = 'A day earlier, North Korea’s neighbors detected the launch of an ICBM; the caption does not say which missile.'));
    expectViolation(files, 'note-drift', entryFile('hwasong-17'), 'notes[0]', ['launch of an icbm"', 'report "said"', '"its neighbors said"']);
  });
});
