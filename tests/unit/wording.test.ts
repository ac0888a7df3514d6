import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FACT_LABELS, NO_HEDGE, howSurelyText, saysItsSpeaker, speakerPhrase, statementLine, type StatementLike } from '../../catalog/labels';
import { LABEL_PRIORITY, entryReferences, findEntry, labelRank, listEntries, sourceShortName, statementRows } from '../../catalog/views';

const chain = (...links: [string, string][]) => links.map(([party, cue]) => ({ party, cue }));
const plain: Pick<StatementLike, 'certainty' | 'polarity' | 'cues'> = { certainty: 'certain', polarity: 'positive', cues: [] };

describe('who says it, speaker first, in the source’s own verb', () => {
  test('a named speaker, a relayed one, the article’s own voice and a photo caption', () => {
    assert.equal(speakerPhrase({ speaker: chain(['North Korea', 'claimed']) }), 'North Korea claimed');
    assert.equal(speakerPhrase({ speaker: chain(['Voice of America', 'reported'], ['Observers in Seoul', 'noted']) }), 'Observers in Seoul noted, as Voice of America reported');
    assert.equal(speakerPhrase({ speaker: chain(['the KCNA', 'according to']) }), 'According to the KCNA');
    assert.equal(speakerPhrase({ speaker: [] }, { publisher: 'Korea JoongAng Daily' }), 'Korea JoongAng Daily reports');
    assert.equal(speakerPhrase({ speaker: [] }), 'The article reports');
    assert.equal(speakerPhrase({ speaker: [] }, { caption: true }), 'A photo caption says');
    assert.equal(speakerPhrase({ speaker: chain(['its neighbors', 'said']) }, { caption: true }), 'Its neighbors said, in a photo caption');
  });

  test('words that say who says them are not given a speaker again', () => {
    assert.equal(saysItsSpeaker(chain(['Japan’s Kyodo News', 'claimed']), 'Japan’s Kyodo News claimed they appeared to be Hwasong-18s.'), true);
    assert.equal(saysItsSpeaker(chain(['North Korea', 'claimed']), 'solid-fuel'), false);
    assert.equal(saysItsSpeaker([], 'anything'), false);
  });
});

describe('how surely, in a journalist’s words with the source’s cue words', () => {
  test('each kind of cue, and none', () => {
    assert.equal(howSurelyText(plain, []), NO_HEDGE);
    assert.equal(howSurelyText({ ...plain, certainty: 'probable' }, [{ text: 'appeared', kind: 'hedge' }]), 'hedged with “appeared”');
    assert.equal(howSurelyText({ ...plain, certainty: 'possible' }, [{ text: 'would', kind: 'modal' }]), 'hedged with “would”');
    assert.equal(howSurelyText({ ...plain, polarity: 'negative' }, [{ text: 'did not', kind: 'negation' }]), 'negated with “did not”');
    // A likeness is a comparison, not a degree of certainty.
    assert.equal(howSurelyText(plain, [{ text: 'resembling', kind: 'likeness' }]), 'a comparison: “resembling”');
    // A report inside the words is its speaker's verb; one declared around them disputes them.
    assert.equal(howSurelyText(plain, [{ text: 'claimed', kind: 'report' }]), NO_HEDGE);
    assert.equal(
      howSurelyText({ ...plain, cues: ['which the North has denied'] }, [{ text: 'which the North has denied', kind: 'report' }]),
      'disputed: “which the North has denied”',
    );
  });

  test('a hedged or negated statement without its cue word is never put as having no hedge', () => {
    assert.equal(howSurelyText({ ...plain, certainty: 'probable' }, []), 'hedged');
    assert.equal(howSurelyText({ ...plain, polarity: 'negative' }, []), 'negated');
  });

  test('no scale term is ever the whole of it', () => {
    for (const entry of listEntries()) {
      for (const row of statementRows(entry).rows) assert.doesNotMatch(row.how, /^(probable|possible|underspecified|certain|unhedged)$/, row.line);
    }
  });
});

describe('a statement on one line', () => {
  test('label, speaker, words, and how surely only when something qualifies it', () => {
    assert.equal(statementLine({ label: 'Propellant', speaker: 'North Korea claimed', words: 'solid-fuel', how: NO_HEDGE }), 'Propellant: North Korea claimed: solid-fuel');
    assert.equal(
      statementLine({ label: 'Capability', speaker: 'United Nations officials said', words: 'appeared capable', how: 'hedged with “appeared”', readings: ['Read so.'] }),
      'Capability: United Nations officials said: appeared capable (hedged with “appeared”; the catalog’s reading: Read so.)',
    );
    assert.equal(statementLine({ label: 'Identified as', speaker: '', words: 'Kyodo News claimed they were.', how: NO_HEDGE }), 'Identified as: Kyodo News claimed they were.');
  });
});

describe('the label-priority table', () => {
  test('places every fact label, specifications first', () => {
    for (const label of Object.keys(FACT_LABELS)) assert.ok(labelRank(label) < labelRank('a label no table has'), label);
    assert.ok(labelRank('propellant') < Math.min(...LABEL_PRIORITY.map(labelRank)));
    assert.equal(new Set(LABEL_PRIORITY).size, LABEL_PRIORITY.length);
  });
});

describe('references', () => {
  test('a quote inside a longer quote of the same source is held by the longer one', () => {
    const entry = findEntry('new-uav')!;
    const references = entryReferences(entry);
    const combat = entry.citations.find((c) => c.quote === 'the combat drone')!;
    const holder = references.of(combat)!;
    assert.notEqual(holder.citation.quote, combat.quote);
    assert.ok(holder.citation.quote.includes('the combat drone'));
    for (const r of references.list) for (const o of references.list) if (r !== o && r.citation.source === o.citation.source) assert.ok(!(o.citation.start <= r.citation.start && r.citation.end <= o.citation.end));
  });

  test('an article is named from its own text: its publisher, else its opening words', () => {
    assert.equal(sourceShortName('article-000'), 'Korea JoongAng Daily');
    assert.equal(sourceShortName('article-004'), '“North Korean dictator Kim Jong-un…”');
  });
});
