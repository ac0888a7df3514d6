/**
 * The verifier's rules with their examples, in one place (in the manner of ESLint's rule
 * modules): for each rule, edits of the real catalog that must break it ("invalid") and, for the
 * meaning rules, near-misses that must not ("valid"). tests/unit/rule-book.test.ts runs every
 * example; tests/unit/broken-catalog.test.ts runs each invalid one through the `npm run verify`
 * command on disk; `npm run rules` writes the README's rule table from the same examples, with
 * the message each one really produces, so the documentation cannot drift from the code.
 */
import type { CatalogFiles } from './verify';
import type { Entry, Fact } from '../schema/entry';
import { RULES, type Rule } from './rule-ids';

export interface RuleExample {
  title: string;
  /** The file the violation must name. */
  file: string;
  /** The field path it must name, when the example pins it. */
  path?: string;
  apply: (files: CatalogFiles) => void;
  /**
   * Run by tests/unit/rule-book.test.ts in memory only, not through the CLI on disk by
   * tests/unit/broken-catalog.test.ts (a process each): the rule's other examples show the CLI
   * reports it, and a long list of variants would cost a second each.
   */
  inMemoryOnly?: boolean;
}

export interface RuleDoc {
  description: string;
  overridable: boolean;
  invalid: RuleExample[];
  /** Edits close to an invalid one that keep the catalog true, and so must verify. */
  valid: RuleExample[];
}

const entryFile = (slug: string) => `catalog/entries/${slug}.json`;
const TEXT_000 = 'catalog/sources/article-000.txt';
const META_000 = 'catalog/sources/article-000.json';
const TEXT_004 = 'catalog/sources/article-004.txt';
const META_004 = 'catalog/sources/article-004.json';

/** Edits one entry of the in-memory files as parsed JSON. */
export const editEntry = (slug: string, edit: (e: Entry) => void) => (files: CatalogFiles) => {
  const f = files.entries.find((x) => x.file === entryFile(slug));
  if (!f) throw new Error(`rule book: no entry ${slug}`);
  const entry = JSON.parse(f.content) as Entry;
  edit(entry);
  f.content = JSON.stringify(entry, null, 2);
};

/** Replaces the first `from` in a file's text; the example fails loudly if `from` is not there. */
const replaceIn = (file: string, from: string, to: string) => (files: CatalogFiles) => {
  const entry = files.entries.find((x) => x.file === file);
  if (entry) {
    if (!entry.content.includes(from)) throw new Error(`rule book: ${file} does not hold ${from}`);
    entry.content = entry.content.replace(from, to);
    return;
  }
  const source = files.sources.find((s) => s.metaFile === file || s.textFile === file);
  if (!source) throw new Error(`rule book: no file ${file}`);
  if (source.metaFile === file) {
    if (!source.metaContent?.includes(from)) throw new Error(`rule book: ${file} does not hold ${from}`);
    source.metaContent = source.metaContent.replace(from, to);
  } else {
    const text = Buffer.from(source.textBytes!).toString('utf8');
    if (!text.includes(from)) throw new Error(`rule book: ${file} does not hold ${from}`);
    source.textBytes = new Uint8Array(Buffer.from(text.replace(from, to), 'utf8'));
  }
};

const sourceOf = (files: CatalogFiles, file: string) => files.sources.find((s) => s.metaFile === file || s.textFile === file)!;

/** The fact of an entry whose value is `value`: examples name statements by their words, not their place. */
export function factWith(entry: Entry, value: string): Fact {
  const fact = entry.facts.find((f) => f.value === value);
  if (!fact) throw new Error(`rule book: ${entry.slug} has no fact "${value}"`);
  return fact;
}

/** Adds a note to an entry: the catalog's own words, held to the entry's passages. */
const ownNote = (slug: string, note: string) => editEntry(slug, (e) => e.notes.push(note));

/** Moves the caption's "an ICBM potentially capable" from the ICBM entry's facts to an exclusion with `reason`. */
const icbmExclusion = (reason: string) =>
  editEntry('intercontinental-ballistic-missiles', (e) => {
    e.facts = e.facts.filter((f) => !f.citations.some((c) => c.quote.includes('an ICBM potentially capable')));
    e.exclusions = [{ source: 'article-004', quote: 'an ICBM potentially capable', reason }];
  });

/**
 * North Korea's claim read backwards: the Hwasong-18 is said to be solid-fuel, "which would allow
 * it to launch with less time to prepare than a liquid-fuel model". With the hedge and speaker
 * declared, only the comparison tells that "liquid-fuel" is another missile's.
 */
export const hwasong18LiquidFuel = (): Fact => ({
  label: 'propellant',
  subject: 'it',
  refersTo: 'the Hwasong-18',
  value: 'liquid-fuel',
  certainty: 'possible',
  polarity: 'positive',
  cues: ['would'],
  speaker: [{ party: 'North Korea', cue: 'claimed' }],
  overrides: [],
  citations: [
    {
      source: 'article-004',
      quote:
        'Named the Hwasong-18, North Korea claimed it was a solid-fuel missile, which would allow it to launch with less time to prepare than a liquid-fuel model, giving the target less time to prepare.',
    },
  ],
});

const ARTILLERY_ACCUSATION =
  'The United States has accused North Korea of supplying arms including millions of artillery shells to Russia in support of the latter’s ongoing invasion of Ukraine, which the North has denied.';

/** "the weapons" of article-004 paragraph 11 read as the new UAVs, which the paragraph before names after the missiles. */
const weaponsReadAsUavs = (reason: string): Fact => ({
  label: 'capability',
  subject: 'the weapons',
  refersTo: 'new unmanned aerial vehicles',
  value: 'believed to be capable of carrying nuclear warheads',
  certainty: 'probable',
  polarity: 'positive',
  cues: [],
  speaker: [],
  overrides: [{ rule: 'reference-ambiguous', reason }],
  citations: [
    {
      source: 'article-004',
      quote:
        'North Korea has invested heavily in the development of the weapons, which are believed to be capable of carrying nuclear warheads and potentially allowing Pyongyang to stage a nuclear attack against the United States.',
    },
  ],
});

/** A side's defaults, as the schema fills them in. */
const plainSide = { certainty: 'certain' as const, polarity: 'positive' as const, cues: [] as string[], speaker: [] as { party: string; cue: string }[], overrides: [] };

type Side = Entry['differences'][number]['sides'][number];
/**
 * An "Origin" difference added to the Global Hawk entry: the first article's "U.S." against a
 * second side that Observers in Seoul noted, as Voice of America reported, whose value and
 * citation (and any other field) `second` gives.
 */
const globalHawkOrigin = (second: (e: Entry) => Partial<Side> & Pick<Side, 'value' | 'citation'>) =>
  editEntry('global-hawk', (e) =>
    e.differences.push({
      label: 'origin',
      sides: [
        { subject: 'Global Hawk', value: 'U.S.', ...plainSide, citation: { source: 'article-000', quote: 'the U.S. surveillance aircraft Global Hawk' } },
        { subject: 'Global Hawk', ...plainSide, speaker: [{ party: 'Voice of America', cue: 'reported' }, { party: 'Observers in Seoul', cue: 'noted' }], ...second(e) },
      ],
    }),
  );

/** A count of the new UAVs read from "the two new UAV models in flight". */
const twoUavModels = (value: string): Fact => ({
  label: 'quantity',
  subject: 'new UAV',
  value,
  certainty: 'certain',
  polarity: 'positive',
  cues: [],
  speaker: [],
  overrides: [],
  citations: [{ source: 'article-000', quote: 'State media on Thursday also released aerial footage of the two new UAV models in flight, including a clip of the combat drone firing missiles.' }],
});

const hw17Camouflage = { source: 'article-000', quote: 'a camouflage-painted Hwasong-17 intercontinental ballistic missile and a Hwasong-12', block: 'paragraph-3' };

const EXAMPLES: Record<Rule, Pick<RuleDoc, 'invalid' | 'valid'>> = {
  'source-missing': {
    invalid: [
      { title: 'a source text missing', file: TEXT_004, apply: (f) => (sourceOf(f, TEXT_004).textBytes = null) },
      { title: 'a source’s metadata missing', file: META_004, apply: (f) => (sourceOf(f, META_004).metaContent = null) },
    ],
    valid: [],
  },
  'source-empty': { invalid: [{ title: 'a source text emptied', file: TEXT_004, apply: (f) => (sourceOf(f, TEXT_004).textBytes = new Uint8Array()) }], valid: [] },
  'source-utf8': {
    invalid: [
      {
        title: 'a source text with a byte that is not UTF-8',
        file: TEXT_000,
        apply: (f) => {
          const s = sourceOf(f, TEXT_000);
          const bytes = new Uint8Array(s.textBytes!);
          bytes[10] = 0xff;
          s.textBytes = bytes;
        },
      },
    ],
    valid: [],
  },
  'source-hash': { invalid: [{ title: 'a source text changed by one character', file: TEXT_000, apply: replaceIn(TEXT_000, 'Hwasong-17 intercontinental', 'Hwasong-18 intercontinental') }], valid: [] },
  'source-meta': { invalid: [{ title: 'source metadata that is not JSON', file: META_004, apply: replaceIn(META_004, '{', '') }], valid: [] },
  'meta-stated': {
    invalid: [
      {
        title: 'a date marked stated that the text does not print',
        file: META_000,
        apply: replaceIn(META_000, '"date": { "status": "not-stated" }', '"date": { "status": "stated", "value": "July 27, 2023", "quote": "July 27, 2023" }'),
      },
    ],
    valid: [],
  },
  'meta-stale': {
    invalid: [
      {
        // The headline's line declared a note: the stated headline was taken from a line that is no headline now.
        title: 'a metadata value whose line changed kind',
        file: META_000,
        path: 'headline.value',
        apply: replaceIn(META_000, '"blockRules": [', '"blockRules": [\n    { "match": "^Kim shows off North", "kind": "note", "reason": "a kicker, not the headline" },'),
      },
    ],
    valid: [],
  },
  'source-link': {
    invalid: [
      {
        title: 'a later version of a source the catalog does not have',
        file: META_004,
        path: 'laterVersionOf.source',
        apply: replaceIn(META_004, '"date": { "status": "not-stated" },', '"date": { "status": "not-stated" },\n  "laterVersionOf": { "source": "article-999" },'),
      },
    ],
    valid: [
      {
        title: 'a later version of another source of the catalog',
        file: META_004,
        apply: replaceIn(META_004, '"date": { "status": "not-stated" },', '"date": { "status": "not-stated" },\n  "laterVersionOf": { "source": "article-000" },'),
      },
    ],
  },
  'entry-json': {
    invalid: [
      { title: 'an empty entry file', file: entryFile('mq-9-reaper'), apply: (f) => (f.entries.find((e) => e.file === entryFile('mq-9-reaper'))!.content = '') },
      { title: 'malformed JSON', file: entryFile('hwasong-12'), apply: replaceIn(entryFile('hwasong-12'), '"category": "missile",', '"category": "missile"') },
    ],
    valid: [],
  },
  'entry-schema': {
    invalid: [
      { title: 'a fact label the schema does not know', file: entryFile('hwasong-18'), apply: editEntry('hwasong-18', (e) => ((e.facts[0] as { label: string }).label = 'propelant')) },
      { title: '"not stated" written by hand (it is derived)', file: entryFile('hwasong-18'), apply: editEntry('hwasong-18', (e) => Object.assign(e, { notStated: ['range'] })) },
      { title: 'an override of a rule about the words themselves', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => ((e.facts[0] as { overrides: unknown }).overrides = [{ rule: 'quote-not-found', reason: 'typo' }])) },
      {
        title: 'an override of a label the engine judges: "Origin: Russia" for the shells said to be supplied to Russia',
        file: entryFile('artillery-shells'),
        path: 'facts[2].overrides[0].rule',
        apply: editEntry('artillery-shells', (e) =>
          e.facts.push({
            label: 'origin',
            subject: 'artillery shells',
            value: 'Russia',
            certainty: 'certain',
            polarity: 'positive',
            cues: ['which the North has denied'],
            speaker: [{ party: 'The United States', cue: 'has accused' }],
            overrides: [{ rule: 'label-unsupported' as never, reason: 'Read as where the shells come from.' }],
            citations: [{ source: 'article-000', quote: ARTILLERY_ACCUSATION }],
          }),
        ),
      },
      {
        title: 'an override that drops a hedge: "appeared capable" given as a plain capability',
        file: entryFile('hwasong-18'),
        apply: editEntry('hwasong-18', (e) => {
          const f = factWith(e, 'appeared capable of hitting “most points on Earth.”');
          Object.assign(f, { value: 'capable of hitting “most points on Earth.”', certainty: 'certain' });
          f.overrides = [{ rule: 'hedge-dropped' as never, reason: 'Read as a plain capability.' }, { rule: 'certainty-mismatch' as never, reason: 'Read as a plain capability.' }];
        }),
      },
    ],
    valid: [],
  },
  'entry-file-name': {
    invalid: [{ title: 'an entry file whose name is not its slug', file: entryFile('hwasong17'), apply: (f) => (f.entries.find((e) => e.file === entryFile('hwasong-17'))!.file = entryFile('hwasong17')) }],
    valid: [],
  },
  'slug-duplicate': {
    invalid: [
      {
        title: 'a copied entry that keeps its slug',
        file: entryFile('kn-22'),
        apply: (f) => void f.entries.push({ file: entryFile('kn-22'), content: f.entries.find((e) => e.file === entryFile('hwasong-17'))!.content }),
      },
    ],
    valid: [],
  },
  'source-unknown': { invalid: [{ title: 'an unknown source id', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => (e.facts[0]!.citations[0]!.source = 'article-001')) }], valid: [] },
  'block-unknown': { invalid: [{ title: 'a block the source does not have', file: entryFile('hwasong-17'), apply: editEntry('hwasong-17', (e) => (e.facts[0]!.citations[0]!.block = 'paragraph-99')) }], valid: [] },
  'quote-block': { invalid: [{ title: 'a block that does not hold the quote', file: entryFile('hwasong-17'), apply: editEntry('hwasong-17', (e) => (e.facts[0]!.citations[0]!.block = 'paragraph-4')) }], valid: [] },
  'quote-not-found': {
    invalid: [
      {
        title: 'a quote with one character changed',
        file: entryFile('hwasong-17'),
        path: 'facts[0].citations[0].quote',
        apply: editEntry('hwasong-17', (e) => (e.facts[0]!.citations[0]!.quote = 'a camouflage-painted Hwasong-17 intercontinental ballistic missle')),
      },
      {
        title: 'a curly quotation mark typed as a straight one',
        file: entryFile('hwasong-18'),
        apply: replaceIn(entryFile('hwasong-18'), 'Hwasong-18 appeared capable of hitting “most points', 'Hwasong-18 appeared capable of hitting \\"most points'),
      },
    ],
    valid: [],
  },
  'quote-ambiguous': {
    invalid: [
      {
        title: 'a quote printed twice, with no block',
        file: entryFile('hwasong-17'),
        apply: editEntry('hwasong-17', (e) => (e.facts[0]!.citations[0] = { source: 'article-000', quote: 'Hwasong-17 intercontinental ballistic missile' })),
      },
    ],
    valid: [],
  },
  'value-not-in-quote': { invalid: [{ title: 'a value its quote does not hold', file: entryFile('hwasong-18'), apply: editEntry('hwasong-18', (e) => (factWith(e, 'solid-fuel').value = 'liquid-fuel-powered')) }], valid: [] },
  'name-not-in-source': { invalid: [{ title: 'an alias no source prints', file: entryFile('hwasong-17'), apply: editEntry('hwasong-17', (e) => e.aliases.push('KN-22')) }], valid: [] },
  'category-not-in-quote': { invalid: [{ title: 'a category no cited quote holds', file: entryFile('hwasong-17'), apply: editEntry('hwasong-17', (e) => (e.category = 'long-range missile')) }], valid: [] },
  'digits-not-cited': {
    invalid: [
      { title: 'an invented number in a note', file: entryFile('hwasong-17'), apply: editEntry('hwasong-17', (e) => e.notes.push('Its range is put at 15,000 kilometers.')) },
      { title: 'a number borrowed from a designation', file: entryFile('intercontinental-ballistic-missiles'), apply: editEntry('intercontinental-ballistic-missiles', (e) => e.notes.push('Kim showed Shoigu 18 ICBMs.')) },
    ],
    valid: [],
  },
  'mention-missing': {
    invalid: [
      {
        title: 'a passage that names the system no longer cited',
        file: entryFile('hwasong-17'),
        apply: editEntry('hwasong-17', (e) => (e.facts = e.facts.filter((f) => f.citations.every((c) => c.source !== 'article-004')))),
      },
    ],
    valid: [],
  },
  'relation-unknown': {
    invalid: [
      { title: 'a relation to a missing entry', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => (e.relations[0]!.target = 'new-drone')) },
      { title: 'a relation to itself', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => (e.relations[0]!.target = 'hwasong-12')) },
    ],
    valid: [],
  },
  'negation-dropped': {
    invalid: [
      {
        title: '"did not identify the model ICBMs" turned into "identify the model ICBMs"',
        file: entryFile('intercontinental-ballistic-missiles'),
        apply: editEntry('intercontinental-ballistic-missiles', (e) => Object.assign(factWith(e, 'Voice of America did not identify the model ICBMs'), { value: 'identify the model ICBMs', polarity: 'positive' })),
      },
    ],
    valid: [],
  },
  'hedge-dropped': {
    invalid: [
      {
        title: '"believed to be" dropped from "believed to be capable of carrying nuclear warheads"',
        file: entryFile('intercontinental-ballistic-missiles'),
        apply: editEntry('intercontinental-ballistic-missiles', (e) =>
          Object.assign(factWith(e, 'believed to be capable of carrying nuclear warheads'), { value: 'capable of carrying nuclear warheads', certainty: 'certain' }),
        ),
      },
    ],
    valid: [],
  },
  'speaker-article': {
    invalid: [{ title: 'North Korea’s solid-fuel claim given as the article’s own', file: entryFile('hwasong-18'), apply: editEntry('hwasong-18', (e) => (factWith(e, 'solid-fuel').speaker = [])) }],
    valid: [],
  },
  'relay-dropped': {
    invalid: [
      {
        title: 'Voice of America dropped from the observers’ comparison',
        file: entryFile('mq-9-reaper'),
        apply: editEntry('mq-9-reaper', (e) => (factWith(e, 'a hunter-killer UAV').speaker = [{ party: 'Observers in Seoul', cue: 'noted' }])),
      },
    ],
    valid: [],
  },
  'speaker-mismatch': {
    invalid: [
      {
        title: 'Voice of America named as the one who claimed what Kyodo News claimed',
        file: entryFile('intercontinental-ballistic-missiles'),
        apply: editEntry('intercontinental-ballistic-missiles', (e) => (e.relations[0]!.speaker = [{ party: 'Voice of America', cue: 'claimed' }])),
      },
      { title: 'a party cut down: "America" for "Voice of America"', file: entryFile('global-hawk'), apply: editEntry('global-hawk', (e) => (factWith(e, 'American-made').speaker[0]!.party = 'America')) },
      {
        title: 'a party cut down: "officials" for "United Nations officials"',
        file: entryFile('hwasong-18'),
        apply: editEntry('hwasong-18', (e) => (factWith(e, 'appeared capable of hitting “most points on Earth.”').speaker[0]!.party = 'officials')),
      },
    ],
    valid: [
      {
        title: 'a party less its possessive of place: "Kyodo News" for "Japan’s Kyodo News"',
        file: entryFile('intercontinental-ballistic-missiles'),
        apply: editEntry('intercontinental-ballistic-missiles', (e) => (e.relations[0]!.speaker = [{ party: 'Kyodo News', cue: 'claimed' }])),
      },
    ],
  },
  'speaker-not-in-scope': {
    invalid: [
      {
        title: 'The United States named as the one who denied',
        file: entryFile('artillery-shells'),
        apply: editEntry('artillery-shells', (e) => (e.differences[0]!.sides[1]!.speaker = [{ party: 'The United States', cue: 'has accused' }])),
      },
    ],
    valid: [],
  },
  'relay-order': { invalid: [{ title: 'a relay listed inner first', file: entryFile('mq-9-reaper'), apply: editEntry('mq-9-reaper', (e) => e.facts[0]!.speaker.reverse()) }], valid: [] },
  'cue-not-in-quote': { invalid: [{ title: 'a declared cue the quote does not hold', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => (e.facts[0]!.cues = ['reportedly'])) }], valid: [] },
  'cue-not-in-scope': { invalid: [{ title: 'a declared cue that covers nothing', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => (e.facts[0]!.cues = ['hypersonic'])) }], valid: [] },
  'certainty-mismatch': {
    invalid: [
      {
        title: 'the United Nations officials’ "appeared capable" declared certain',
        file: entryFile('hwasong-18'),
        apply: editEntry('hwasong-18', (e) => (factWith(e, 'appeared capable of hitting “most points on Earth.”').certainty = 'certain')),
      },
      { title: 'Kyodo News’s "appeared to be" relation declared certain', file: entryFile('intercontinental-ballistic-missiles'), apply: editEntry('intercontinental-ballistic-missiles', (e) => (e.relations[0]!.certainty = 'certain')) },
    ],
    valid: [],
  },
  'polarity-mismatch': {
    invalid: [
      {
        title: '"did not identify" declared positive',
        file: entryFile('intercontinental-ballistic-missiles'),
        apply: editEntry('intercontinental-ballistic-missiles', (e) => (factWith(e, 'Voice of America did not identify the model ICBMs').polarity = 'positive')),
      },
    ],
    valid: [],
  },
  'note-drift': {
    invalid: [
      {
        title: 'a note that says the neighbours "detected" a launch they "said they had detected"',
        file: entryFile('hwasong-17'),
        apply: editEntry('hwasong-17', (e) => (e.notes = ['North Korea’s neighbors detected the launch of an ICBM a day earlier.'])),
      },
      // Red-team N1: polarity reversed in other words than the passage's.
      { title: 'N1: "identified" the ICBMs where Voice of America "did not identify" them', inMemoryOnly: true, file: entryFile('intercontinental-ballistic-missiles'), path: 'notes[1]', apply: ownNote('intercontinental-ballistic-missiles', 'Voice of America identified the ICBMs.') },
      { title: 'N1: Kyodo News "identified" what Voice of America "did not identify"', inMemoryOnly: true, file: entryFile('intercontinental-ballistic-missiles'), path: 'notes[1]', apply: ownNote('intercontinental-ballistic-missiles', 'Kyodo News identified the ICBMs as Hwasong-18s.') },
      // Red-team N2: a claim with a hedge given as plain fact.
      { title: 'N2: the ICBMs "were" Hwasong-18s, where Kyodo News "claimed they appeared to be"', inMemoryOnly: true, file: entryFile('intercontinental-ballistic-missiles'), path: 'notes[1]', apply: ownNote('intercontinental-ballistic-missiles', 'The ICBMs shown to Shoigu were Hwasong-18s.') },
      // Red-team N3: a party's claim given as the catalog's fact.
      { title: 'N3: "developed", where North Korea "claims to have developed"', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'North Korea developed the Hwasong-18.') },
      { title: 'N3: "solid fuel" without "North Korea claimed"', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'The Hwasong-18 runs on solid fuel.') },
      { title: 'N3: "carry nuclear warheads" without "believed to be"', inMemoryOnly: true, file: entryFile('intercontinental-ballistic-missiles'), path: 'notes[1]', apply: ownNote('intercontinental-ballistic-missiles', 'The weapons are capable of carrying nuclear warheads.') },
      { title: 'N3: Kim "oversaw" the launch without "state media said"', inMemoryOnly: true, file: entryFile('hwasong-17'), path: 'notes[1]', apply: ownNote('hwasong-17', 'Kim oversaw the Hwasong-17 launch.') },
      // Red-team N7: an accusation the North denies, or a "would", given as fact.
      { title: 'N7: shells shipped "to Moscow", where they "would fit Moscow’s needs"', inMemoryOnly: true, file: entryFile('122-millimeter-shells'), path: 'notes[0]', apply: ownNote('122-millimeter-shells', 'Pyongyang has sent these shells to Moscow.') },
      { title: 'N7: shells "in Ukraine", where the United States "has accused" and the North "has denied"', inMemoryOnly: true, file: entryFile('artillery-shells'), path: 'notes[0]', apply: ownNote('artillery-shells', 'The shells are used in Ukraine.') },
      // Red-team O1: an override reason with a claim as fact.
      {
        title: 'O1: an override reason that has Shoigu "shown" Hwasong-18s', inMemoryOnly: true,
        file: entryFile('intercontinental-ballistic-missiles'),
        path: 'facts[3].overrides[0].reason',
        apply: editEntry('intercontinental-ballistic-missiles', (e) => (factWith(e, 'believed to be capable of carrying nuclear warheads').overrides[0]!.reason = 'Read as the intercontinental ballistic missiles: Shoigu was shown Hwasong-18s, which carry nuclear warheads.')),
      },
    ],
    valid: [
      { title: 'a note with the passage’s report and hedge over its words', file: entryFile('intercontinental-ballistic-missiles'), apply: ownNote('intercontinental-ballistic-missiles', 'Japan’s Kyodo News claimed “they appeared to be Hwasong-18s.”') },
      { title: 'a note with the passage’s negation over its words', file: entryFile('intercontinental-ballistic-missiles'), apply: ownNote('intercontinental-ballistic-missiles', 'Voice of America did not identify the model ICBMs.') },
      { title: 'a paraphrase that keeps "North Korea claimed"', file: entryFile('hwasong-18'), apply: ownNote('hwasong-18', 'North Korea claimed the Hwasong-18 was a solid-fuel missile.') },
    ],
  },
  'quote-hidden': { invalid: [{ title: 'a citation of site text the reader does not show', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => e.mentions.push({ source: 'article-000', quote: 'print dictionary print' })) }], valid: [] },
  'block-rule-unused': {
    invalid: [
      {
        title: 'a block rule for lines the text does not have',
        file: META_004,
        apply: replaceIn(META_004, '"date": { "status": "not-stated" },', '"date": { "status": "not-stated" },\n  "blockRules": [{ "lines": [40, 41], "kind": "chrome", "reason": "footer" }],'),
      },
    ],
    valid: [],
  },
  'blocks-changed': { invalid: [{ title: 'a re-segmentation that adds blocks', file: META_000, apply: replaceIn(META_000, '"lines": [76, 84]', '"lines": [76, 76]') }], valid: [] },
  'block-moved': {
    invalid: [
      {
        title: 'a re-segmentation that renumbers cited paragraphs',
        file: entryFile('hwasong-18'),
        apply: replaceIn(META_004, '"date": { "status": "not-stated" },', '"date": { "status": "not-stated" },\n  "blockRules": [{ "lines": [2, 2], "kind": "caption", "reason": "test" }],'),
      },
    ],
    valid: [],
  },
  'exclusion-unused': {
    invalid: [
      {
        title: 'an exclusion of a passage that holds none of the names',
        file: entryFile('new-uav'),
        apply: editEntry('new-uav', (e) => (e.exclusions = [{ source: 'article-000', quote: 'Russian Defense Minister Sergei Shoigu', block: 'paragraph-1', reason: 'not a drone' }])),
      },
    ],
    valid: [],
  },
  'exclusion-cited': {
    invalid: [
      {
        title: 'an exclusion of an occurrence the entry cites',
        file: entryFile('hwasong-18'),
        apply: editEntry('hwasong-18', (e) => (e.exclusions = [{ source: 'article-004', quote: 'Named the Hwasong-18', reason: 'another missile' }])),
      },
    ],
    valid: [],
  },
  'subject-not-in-quote': {
    invalid: [{ title: 'subject words the quote does not hold', file: entryFile('hwasong-12'), path: 'facts[0].subject', apply: editEntry('hwasong-12', (e) => (e.facts[0]!.subject = 'Hwasong-17')) }],
    valid: [],
  },
  'subject-not-entry': {
    invalid: [
      {
        title: 'the Hwasong-12 as the subject of a Hwasong-17 fact',
        file: entryFile('hwasong-17'),
        apply: editEntry('hwasong-17', (e) => (factWith(e, 'displayed in plain sight').subject = 'Hwasong-12')),
      },
      {
        title: 'a subject that is neither a name nor a referring phrase',
        file: entryFile('hwasong-18'),
        apply: editEntry('hwasong-18', (e) => Object.assign(factWith(e, 'solid-fuel'), { subject: 'North Korea', refersTo: undefined })),
      },
    ],
    valid: [],
  },
  'subject-unresolved': {
    invalid: [{ title: '"it" without the words it points back to', file: entryFile('hwasong-18'), apply: editEntry('hwasong-18', (e) => delete factWith(e, 'solid-fuel').refersTo) }],
    valid: [],
  },
  'reference-needless': {
    invalid: [
      {
        title: 'a name that also points back to words',
        file: entryFile('hwasong-18'),
        apply: editEntry('hwasong-18', (e) => (factWith(e, 'appeared capable of hitting “most points on Earth.”').refersTo = 'the Hwasong-18')),
      },
    ],
    valid: [],
  },
  'reference-not-found': {
    invalid: [{ title: 'words to point back to that the passage does not hold', file: entryFile('hwasong-18'), apply: editEntry('hwasong-18', (e) => (factWith(e, 'solid-fuel').refersTo = 'the Hwasong-19')) }],
    valid: [],
  },
  'reference-not-entry': {
    invalid: [
      {
        title: 'the Hwasong-18’s solid-fuel claim put on the Hwasong-17',
        file: entryFile('hwasong-17'),
        apply: editEntry('hwasong-17', (e) =>
          e.facts.push({
            label: 'propellant',
            subject: 'it',
            refersTo: 'the Hwasong-18',
            value: 'solid-fuel',
            certainty: 'certain',
            polarity: 'positive',
            cues: [],
            overrides: [],
            speaker: [{ party: 'North Korea', cue: 'claimed' }],
            citations: [{ source: 'article-004', quote: 'Named the Hwasong-18, North Korea claimed it was a solid-fuel missile' }],
          }),
        ),
      },
    ],
    valid: [],
  },
  'reference-ambiguous': {
    invalid: [
      {
        title: '"the weapons" read as the missiles with no override, though the drones are named after them',
        file: entryFile('intercontinental-ballistic-missiles'),
        apply: editEntry('intercontinental-ballistic-missiles', (e) => (factWith(e, 'believed to be capable of carrying nuclear warheads').overrides = [])),
      },
    ],
    valid: [
      {
        title: '"Such munitions" points back to the shells and the rounds together, so both may claim it',
        file: entryFile('multiple-rocket-launcher-rounds'),
        apply: editEntry('multiple-rocket-launcher-rounds', (e) => (e.mentions = [{ source: 'article-000', quote: 'Such munitions', refersTo: '122-millimeter shells and multiple rocket launcher rounds' }])),
      },
    ],
  },
  'subject-elsewhere': {
    invalid: [
      {
        title: '"liquid-fuel" put on the Hwasong-18, though "than a liquid-fuel model" is what it is compared with',
        file: entryFile('hwasong-18'),
        path: 'facts[5].subject',
        apply: editEntry('hwasong-18', (e) => e.facts.push(hwasong18LiquidFuel())),
      },
      {
        title: '"camouflage-painted" put on the Hwasong-12 (the sentence says it of the Hwasong-17)',
        file: entryFile('hwasong-12'),
        apply: editEntry('hwasong-12', (e) =>
          e.facts.push({ label: 'appearance', subject: 'Hwasong-12', value: 'camouflage-painted', certainty: 'certain', polarity: 'positive', cues: [], speaker: [], overrides: [], citations: [hw17Camouflage] }),
        ),
      },
      {
        title: '"reconnaissance and combat variants" put on a system they are not variants of',
        file: entryFile('hwasong-12'),
        apply: editEntry('hwasong-12', (e) =>
          e.facts.push({
            label: 'variants',
            subject: 'Hwasong-12',
            value: 'reconnaissance and combat variants',
            certainty: 'certain',
            polarity: 'positive',
            cues: [],
            speaker: [],
            overrides: [],
            citations: [{ source: 'article-000', quote: 'a Hwasong-12 hypersonic glide vehicle-mounted ballistic missile were displayed in plain sight, along with reconnaissance and combat variants' }],
          }),
        ),
      },
      {
        title: '"other advanced arms", listed after the ICBMs, given to the ICBMs',
        file: entryFile('intercontinental-ballistic-missiles'),
        path: 'facts[6].subject',
        apply: editEntry('intercontinental-ballistic-missiles', (e) =>
          e.facts.push({
            label: 'exhibition',
            subject: 'intercontinental ballistic missiles',
            value: 'other advanced arms',
            certainty: 'underspecified',
            polarity: 'positive',
            cues: ['reportedly'],
            speaker: [],
            overrides: [],
            citations: [{ source: 'article-004', quote: 'a tour of a “weaponry exhibition house” in Pyongyang reportedly showcasing intercontinental ballistic missiles (ICBMs) and other advanced arms.' }],
          }),
        ),
      },
      {
        title: 'a Hwasong-17 put on the group it is one of',
        file: entryFile('intercontinental-ballistic-missiles'),
        apply: editEntry('intercontinental-ballistic-missiles', (e) =>
          e.facts.push({
            label: 'appearance',
            subject: 'intercontinental ballistic missile',
            value: 'camouflage-painted',
            certainty: 'certain',
            polarity: 'positive',
            cues: [],
            speaker: [],
            overrides: [],
            citations: [{ source: 'article-000', quote: 'a camouflage-painted Hwasong-17 intercontinental ballistic missile', block: 'paragraph-3' }],
          }),
        ),
      },
    ],
    valid: [
      {
        title: 'the whole comparison, "than" and all, as the Hwasong-18’s claimed capability',
        file: entryFile('hwasong-18'),
        apply: editEntry('hwasong-18', (e) =>
          e.facts.push({ ...hwasong18LiquidFuel(), label: 'capability', value: 'would allow it to launch with less time to prepare than a liquid-fuel model', cues: [] }),
        ),
      },
      {
        title: '"displayed in plain sight" said of the new UAV too ("along with")',
        file: entryFile('new-uav'),
        apply: editEntry('new-uav', (e) =>
          e.facts.push({
            label: 'exhibition',
            subject: 'new unmanned aerial vehicle',
            value: 'displayed in plain sight',
            certainty: 'certain',
            polarity: 'positive',
            cues: [],
            speaker: [],
            overrides: [],
            citations: [{ source: 'article-000', quote: 'were displayed in plain sight, along with reconnaissance and combat variants of a new unmanned aerial vehicle (UAV)' }],
          }),
        ),
      },
    ],
  },
  'subject-compared': {
    invalid: [
      {
        title: 'the likeness put on the Global Hawk, which the new UAV is compared with',
        file: entryFile('global-hawk'),
        apply: editEntry('global-hawk', (e) =>
          e.facts.push({
            label: 'comparison',
            subject: 'Global Hawk',
            value: 'resembling the U.S. surveillance aircraft Global Hawk',
            certainty: 'certain',
            polarity: 'positive',
            cues: [],
            speaker: [],
            overrides: [],
            citations: [{ source: 'article-000', quote: 'a new unmanned aerial vehicle (UAV) resembling the U.S. surveillance aircraft Global Hawk.' }],
          }),
        ),
      },
    ],
    valid: [
      {
        title: 'the Global Hawk’s own description in the likeness stays its own',
        file: entryFile('global-hawk'),
        apply: editEntry('global-hawk', (e) => (factWith(e, 'surveillance aircraft').label = 'role')),
      },
    ],
  },
  'value-cut': {
    invalid: [
      { title: 'a head noun cut: "hypersonic glide vehicle"', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => (e.facts[0]!.value = 'hypersonic glide vehicle')) },
      {
        title: 'a compound’s left part cut: "vehicle-mounted ballistic missile" from "hypersonic glide vehicle-mounted ballistic missile"',
        file: entryFile('hwasong-12'),
        path: 'facts[0].value',
        apply: editEntry('hwasong-12', (e) => (e.facts[0]!.value = 'vehicle-mounted ballistic missile')),
      },
      {
        title: 'a numeral cut from its noun: "Quantity: two" for "the two new UAV models"',
        file: entryFile('new-uav'),
        path: 'facts[7].value',
        apply: editEntry('new-uav', (e) => e.facts.push(twoUavModels('two'))),
      },
      { title: 'a value that starts after a hyphen: "mounted ballistic missile"', file: entryFile('hwasong-12'), path: 'facts[0].value', apply: editEntry('hwasong-12', (e) => (e.facts[0]!.value = 'mounted ballistic missile')) },
      { title: 'a quantifier cut: "artillery shells" for "millions of artillery shells"', file: entryFile('artillery-shells'), apply: editEntry('artillery-shells', (e) => Object.assign(factWith(e, 'millions of artillery shells'), { value: 'artillery shells', label: 'stockpile' })) },
    ],
    valid: [
      { title: 'a count with its noun: "Quantity: two new UAV models"', file: entryFile('new-uav'), apply: editEntry('new-uav', (e) => e.facts.push(twoUavModels('two new UAV models'))) },
      { title: 'one whole modifier for a property: "solid-fuel"', file: entryFile('hwasong-18'), apply: editEntry('hwasong-18', (e) => (factWith(e, 'solid-fuel').label = 'propellant')) },
    ],
  },
  'label-unsupported': {
    invalid: [
      {
        title: 'a "Testing" difference whose second side is the United Nations officials’ capability: a side meets its label in its own words',
        file: entryFile('hwasong-18'),
        path: 'differences[0].label',
        apply: editEntry('hwasong-18', (e) =>
          e.differences.push({
            label: 'testing',
            sides: [
              { subject: 'The latest model', refersTo: 'the Hwasong-18', value: 'was tested in mid-July', ...plainSide, citation: structuredClone(factWith(e, 'was tested in mid-July').citations[0]!) },
              {
                subject: 'the Hwasong-18',
                value: 'appeared capable of hitting “most points on Earth.”',
                ...plainSide,
                certainty: 'probable',
                speaker: [{ party: 'United Nations officials', cue: 'said' }],
                citation: structuredClone(factWith(e, 'appeared capable of hitting “most points on Earth.”').citations[0]!),
              },
            ],
          }),
        ),
      },
      {
        title: 'an "Origin" difference whose second side is a description of the aircraft, with "American-made" only elsewhere in its quote',
        file: entryFile('global-hawk'),
        path: 'differences[0].label',
        apply: globalHawkOrigin((e) => ({
          value: 'a remotely piloted high-altitude surveillance aircraft',
          citation: structuredClone(factWith(e, 'a remotely piloted high-altitude surveillance aircraft').citations[0]!),
        })),
      },
      { title: '"Propellant: hypersonic glide vehicle-mounted ballistic missile"', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => (e.facts[0]!.label = 'propellant')) },
      { title: '"Launch: displayed in plain sight"', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => (factWith(e, 'displayed in plain sight').label = 'launch')) },
      {
        title: '"Quantity: Friday, Nov. 18, 2022": a date’s numbers count nothing',
        file: entryFile('hwasong-17'),
        path: 'facts[5].label',
        apply: editEntry('hwasong-17', (e) =>
          e.facts.push({
            label: 'quantity',
            subject: 'Hwasong-17',
            value: 'Friday, Nov. 18, 2022',
            certainty: 'certain',
            polarity: 'positive',
            cues: [],
            speaker: [],
            overrides: [],
            citations: [
              {
                source: 'article-004',
                quote:
                  'North Korean leader Kim Jong Un, right, and his daughter inspect the site of a missile launch at Pyongyang International Airport in Pyongyang, North Korea, Friday, Nov. 18, 2022. North Korea’s state media said its leader Kim oversaw the launch of the Hwasong-17 missile',
              },
            ],
          }),
        ),
      },
      {
        title: 'the denied accusation relabelled "Quantity": the North denied the supply, not a number',
        file: entryFile('artillery-shells'),
        path: 'differences[0].label',
        apply: editEntry('artillery-shells', (e) => (e.differences[0]!.label = 'quantity')),
      },
    ],
    valid: [{ title: '"Shown at: displayed in plain sight"', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => (factWith(e, 'displayed in plain sight').label = 'exhibition')) }],
  },
  'target-not-in-quote': {
    invalid: [{ title: 'target words the quote does not hold', file: entryFile('new-uav'), apply: editEntry('new-uav', (e) => (e.relations[0]!.targetWords = 'MQ 9 Reaper')) }],
    valid: [],
  },
  'target-not-entry': {
    invalid: [{ title: 'a relation’s target swapped', file: entryFile('new-uav'), apply: editEntry('new-uav', (e) => (e.relations[0]!.target = 'mq-9-reaper')) }],
    valid: [],
  },
  'relation-unsupported': {
    invalid: [
      { title: 'a likeness turned into "kind of"', file: entryFile('new-uav'), apply: editEntry('new-uav', (e) => (e.relations[0]!.type = 'kind-of')) },
      { title: 'an identification turned into a comparison', file: entryFile('intercontinental-ballistic-missiles'), apply: editEntry('intercontinental-ballistic-missiles', (e) => (e.relations[0]!.type = 'compared-with')) },
    ],
    valid: [
      {
        title: 'the observers’ likeness with the MQ 9 Reaper, listed after the Global Hawk',
        file: entryFile('new-uav'),
        apply: editEntry('new-uav', (e) => (e.relations = e.relations.filter((r) => r.target === 'mq-9-reaper'))),
      },
    ],
  },
  'sides-same': {
    invalid: [
      { title: 'two sides that say the same', file: entryFile('new-uav'), apply: editEntry('new-uav', (e) => (e.differences[0]!.sides[1] = structuredClone(e.differences[0]!.sides[0]!))) },
      {
        title: 'the Global Hawk’s origin, "U.S." against "American-made": one country in two forms',
        file: entryFile('global-hawk'),
        path: 'differences[0].sides[1]',
        apply: globalHawkOrigin(() => ({
          value: 'American-made',
          certainty: 'probable',
          citation: { source: 'article-004', quote: 'Voice of America reported. “Observers in Seoul noted the UAVs appeared similar to the American-made Global Hawk' },
        })),
      },
      {
        title: 'one quote and one speaker on both sides: "solid-fuel" against "a solid-fuel missile"',
        file: entryFile('hwasong-18'),
        path: 'differences[0].sides[1]',
        apply: editEntry('hwasong-18', (e) =>
          e.differences.push({
            label: 'propellant',
            sides: ['solid-fuel', 'a solid-fuel missile'].map((value) => ({
              subject: 'it',
              refersTo: 'the Hwasong-18',
              value,
              ...plainSide,
              speaker: [{ party: 'North Korea', cue: 'claimed' }],
              citation: { source: 'article-004', quote: 'Named the Hwasong-18, North Korea claimed it was a solid-fuel missile' },
            })),
          }),
        ),
      },
    ],
    valid: [
      {
        title: 'the Hwasong-12’s two types in the same article, in other words in two passages',
        file: entryFile('hwasong-12'),
        apply: editEntry('hwasong-12', (e) => (e.differences[0]!.sides = [...e.differences[0]!.sides].reverse())),
      },
    ],
  },
  'alias-not-a-name': {
    invalid: [
      { title: '"Hwasong-18s" given to the missiles said to appear to be them', file: entryFile('intercontinental-ballistic-missiles'), apply: editEntry('intercontinental-ballistic-missiles', (e) => e.aliases.push('Hwasong-18s')) },
      { title: 'another entry’s name as an alias', file: entryFile('new-uav'), apply: editEntry('new-uav', (e) => e.aliases.push('Global Hawk')) },
      {
        title: 'a synonym of the head noun alone: "drones" for the new UAV',
        file: entryFile('new-uav'),
        path: 'aliases[4]',
        apply: editEntry('new-uav', (e) => {
          e.aliases.push('drones');
          e.mentions.push({ source: 'article-000', quote: 'North Korean leader Kim Jong-un showcased his regime\'s latest missiles and drones' });
        }),
      },
    ],
    valid: [{ title: 'a synonym of the head noun that keeps the name: "new drone"', file: entryFile('new-uav'), apply: editEntry('new-uav', (e) => (e.aliases = [...e.aliases.filter((a) => a !== 'new drone'), 'new drone'])) }],
  },
  'category-not-attached': {
    invalid: [{ title: '"surveillance aircraft" taken from the likeness for the new UAV', file: entryFile('new-uav'), apply: editEntry('new-uav', (e) => (e.category = 'surveillance aircraft')) }],
    valid: [{ title: 'the MQ 9 Reaper is a UAV by apposition', file: entryFile('mq-9-reaper'), apply: editEntry('mq-9-reaper', (e) => (e.category = 'UAV')) }],
  },
  'own-words-unsupported': {
    invalid: [
      { title: 'a note with "confirmed" and "copies" for "noted" and "appeared similar"', file: entryFile('new-uav'), apply: editEntry('new-uav', (e) => e.notes.push('Observers in Seoul confirmed the UAVs are copies of the Global Hawk.')) },
      { title: 'a note that turns "did not identify" into a denial', file: entryFile('intercontinental-ballistic-missiles'), apply: editEntry('intercontinental-ballistic-missiles', (e) => e.notes.push('Voice of America denied that these were Hwasong-18s.')) },
      // Red-team N2: a verb of proof for "claimed".
      { title: 'N2: Kyodo News "determined", where it "claimed"', inMemoryOnly: true, file: entryFile('intercontinental-ballistic-missiles'), path: 'notes[1]', apply: ownNote('intercontinental-ballistic-missiles', 'Kyodo News determined they were Hwasong-18s.') },
      { title: 'N2: the ICBMs "were" Hwasong-18s: one system said to be another', inMemoryOnly: true, file: entryFile('intercontinental-ballistic-missiles'), path: 'notes[1]', apply: ownNote('intercontinental-ballistic-missiles', 'The ICBMs were Hwasong-18s.') },
      // Red-team N3: words the passage does not have for what a party claims.
      { title: 'N3: Kim "supervised", where state media said he "oversaw"', inMemoryOnly: true, file: entryFile('hwasong-17'), path: 'notes[1]', apply: ownNote('hwasong-17', 'Kim supervised the Hwasong-17 launch.') },
      { title: 'N3: "can reach most of the planet", where it "appeared capable of hitting"', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'The Hwasong-18 can reach most of the planet.') },
      // Red-team N4: negation words are held to the passages' negations.
      { title: 'N4: "no liquid-fuel stage", which no passage negates', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'The Hwasong-18 has no liquid-fuel stage.') },
      { title: 'N4: "never used liquid fuel"', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'The Hwasong-18 never used liquid fuel.') },
      { title: 'N4: "unarmed" and "flies high"', inMemoryOnly: true, file: entryFile('global-hawk'), path: 'notes[1]', apply: ownNote('global-hawk', 'The Global Hawk is unarmed and flies high.') },
      { title: 'N4: a negation over the catalog’s words only ("does not name")', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'The second article does not name the Hwasong-18.') },
      // A neighbour's words put on another system of the same sentence: a note speaks of its own system only.
      { title: 'a note giving the Hwasong-12 what the sentence says of the Hwasong-17', inMemoryOnly: true, file: entryFile('hwasong-17'), path: 'notes[1]', apply: ownNote('hwasong-17', 'The Hwasong-12 is camouflage-painted.') },
      { title: 'a note moving the caption’s left side to the new drone', inMemoryOnly: true, file: entryFile('hwasong-12'), path: 'notes[1]', apply: ownNote('hwasong-12', 'The new drone is on the left side of the red carpet.') },
      { title: 'a note giving the Hwasong-12 the new UAV’s likeness', inMemoryOnly: true, file: entryFile('hwasong-12'), path: 'notes[1]', apply: ownNote('hwasong-12', 'The Hwasong-12 resembles the Global Hawk.') },
      { title: 'a note naming the Hwasong-18 where the caption has a missile launch site', inMemoryOnly: true, file: entryFile('intercontinental-ballistic-missiles'), path: 'notes[1]', apply: ownNote('intercontinental-ballistic-missiles', 'Kim Jong Un and his daughter inspect the Hwasong-18.') },
      { title: 'a note giving the Hwasong-17 the Hwasong-12’s description', inMemoryOnly: true, file: entryFile('hwasong-17'), path: 'notes[1]', apply: ownNote('hwasong-17', 'The Hwasong-17 is a hypersonic glide vehicle-mounted ballistic missile.') },
      { title: 'a note giving the Global Hawk the new UAV’s variants', inMemoryOnly: true, file: entryFile('global-hawk'), path: 'notes[1]', apply: ownNote('global-hawk', 'The Global Hawk has reconnaissance and combat variants.') },
      { title: 'N2: the hedge dropped under the passage’s own report verb, another system named outside a quotation', inMemoryOnly: true, file: entryFile('intercontinental-ballistic-missiles'), path: 'notes[1]', apply: ownNote('intercontinental-ballistic-missiles', 'Kyodo News claimed the ICBMs were Hwasong-18s.') },
      // Red-team N5: invented names, first in the sentence, lower-cased, or designations with other digits.
      { title: 'N5: a country that starts the sentence', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'Iran helped build the Hwasong-18.') },
      { title: 'N5: a person that starts the sentence', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'Prigozhin saw the Hwasong-18 test.') },
      { title: 'N5: designations with other digits', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'It replaced the Hwasong-15 and the Hwasong-20.') },
      { title: 'N5: a lower-cased maker and place', inMemoryOnly: true, file: entryFile('hwasong-12'), path: 'notes[1]', apply: ownNote('hwasong-12', 'The Hwasong-12 carries a glide vehicle to guam.') },
      // Red-team N6: dates and numbers in words.
      { title: 'N6: "mid-December" for "mid-July"', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'The Hwasong-18 was tested in mid-December.') },
      { title: 'N6: "last year"', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'It was tested last year.') },
      { title: 'N6: "twelve thousand kilometers"', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'Its range is twelve thousand kilometers.') },
      { title: 'N6: "a dozen warheads"', inMemoryOnly: true, file: entryFile('hwasong-17'), path: 'notes[1]', apply: ownNote('hwasong-17', 'The Hwasong-17 carries a dozen warheads.') },
      { title: 'N6: "Three" at the start of the sentence', inMemoryOnly: true, file: entryFile('hwasong-17'), path: 'notes[1]', apply: ownNote('hwasong-17', 'Three Hwasong-17s were displayed.') },
      { title: 'N6: "hundreds"', inMemoryOnly: true, file: entryFile('intercontinental-ballistic-missiles'), path: 'notes[1]', apply: ownNote('intercontinental-ballistic-missiles', 'North Korea holds hundreds of these missiles.') },
      // Red-team N7: identity and copying claims.
      { title: 'N7: "the same aircraft as", where the UAVs "appeared similar to"', inMemoryOnly: true, file: entryFile('global-hawk'), path: 'notes[1]', apply: ownNote('global-hawk', 'The new UAV is the same aircraft as the Global Hawk.') },
      { title: 'N7: the Global Hawk’s "double"', inMemoryOnly: true, file: entryFile('global-hawk'), path: 'notes[1]', apply: ownNote('global-hawk', 'The new UAV is the Global Hawk’s double.') },
      { title: 'N7: "built from stolen Global Hawk plans"', inMemoryOnly: true, file: entryFile('new-uav'), path: 'notes[1]', apply: ownNote('new-uav', 'The new UAV was built from stolen Global Hawk plans.') },
      { title: 'N7: Shoigu "ordered" the UAV "for Russia"', inMemoryOnly: true, file: entryFile('new-uav'), path: 'notes[1]', apply: ownNote('new-uav', 'Shoigu ordered the new UAV for Russia.') },
      { title: 'N7: shells "shipped"', inMemoryOnly: true, file: entryFile('122-millimeter-shells'), path: 'notes[0]', apply: ownNote('122-millimeter-shells', 'Pyongyang has shipped these shells to Moscow.') },
      // Red-team N8: words of two sentences joined in one clause, and a word about the catalog used of the world.
      { title: 'N8: "reconnaissance variant" and "firing missiles", from two sentences, in one clause', inMemoryOnly: true, file: entryFile('new-uav'), path: 'notes[1]', apply: ownNote('new-uav', 'The reconnaissance variant was firing missiles.') },
      { title: 'N8: "named" said of United Nations officials, not of the catalog', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'United Nations officials named the Hwasong-18.') },
      { title: 'N8: who accused whom of supplying whom, turned round', inMemoryOnly: true, file: entryFile('artillery-shells'), path: 'notes[0]', apply: ownNote('artillery-shells', 'The United States has accused Russia of supplying millions of artillery shells to North Korea, which the North has denied.') },
      // Quotations are the passages' words, verbatim.
      { title: 'a quotation no passage prints ("said" for "claimed")', inMemoryOnly: true, file: entryFile('hwasong-18'), path: 'notes[0]', apply: ownNote('hwasong-18', 'The article reads: “North Korea said it was a solid-fuel missile”.') },
      // Red-team E1: an exclusion reason that identifies the excluded ICBM and dates it.
      {
        title: 'E1: an exclusion reason that says the ICBM "was the Hwasong-17 launched that day"', inMemoryOnly: true,
        file: entryFile('intercontinental-ballistic-missiles'),
        path: 'exclusions[0].reason',
        apply: icbmExclusion('This ICBM was the Hwasong-17 launched that day.'),
      },
      { title: 'E1: an exclusion reason that names a person no passage names', inMemoryOnly: true, file: entryFile('intercontinental-ballistic-missiles'), path: 'exclusions[0].reason', apply: icbmExclusion('Prigozhin reported this launch.') },
      // Red-team O1: an override reason that invents a capability.
      {
        title: 'O1: an override reason that says the missiles "can strike" the United States', inMemoryOnly: true,
        file: entryFile('intercontinental-ballistic-missiles'),
        path: 'facts[3].overrides[0].reason',
        apply: editEntry('intercontinental-ballistic-missiles', (e) => (factWith(e, 'believed to be capable of carrying nuclear warheads').overrides[0]!.reason = 'Read as the intercontinental ballistic missiles, which can strike the United States.')),
      },
    ],
    valid: [
      { title: 'a note with the passage’s own verbs', file: entryFile('new-uav'), apply: editEntry('new-uav', (e) => e.notes.push('Voice of America reported that observers in Seoul noted the new UAVs “appeared similar to the American-made Global Hawk”.')) },
      { title: 'a verbatim quotation in a note', file: entryFile('hwasong-18'), apply: ownNote('hwasong-18', 'United Nations officials said the Hwasong-18 appeared capable of hitting “most points on Earth.”') },
      { title: 'a note in the catalog’s words about itself', file: entryFile('hwasong-17'), apply: ownNote('hwasong-17', 'Both articles name the Hwasong-17; the entry keeps the words of each.') },
      { title: 'a date printed in the passage', file: entryFile('hwasong-18'), apply: ownNote('hwasong-18', 'The latest model North Korea claims to have developed was tested in mid-July.') },
      { title: 'two clauses, each with the words of one sentence', file: entryFile('new-uav'), apply: ownNote('new-uav', 'State media released aerial footage; the combat drone was firing missiles.') },
      { title: 'a word about the catalog after the catalog’s own subject', file: entryFile('hwasong-18'), apply: ownNote('hwasong-18', 'The second article names the Hwasong-18.') },
      { title: 'the accusation with its parties in the passage’s order', file: entryFile('artillery-shells'), apply: ownNote('artillery-shells', 'The United States has accused North Korea of supplying millions of artillery shells to Russia, which the North has denied.') },
      {
        title: 'an exclusion reason with the passage’s report and a quotation',
        file: entryFile('intercontinental-ballistic-missiles'),
        apply: icbmExclusion('Its neighbors said they had detected the launch of “an ICBM potentially capable of reaching the continental U.S.”'),
      },
      {
        title: 'an override reason in the catalog’s words',
        file: entryFile('intercontinental-ballistic-missiles'),
        apply: editEntry('intercontinental-ballistic-missiles', (e) => (factWith(e, 'believed to be capable of carrying nuclear warheads').overrides[0]!.reason = 'Read as the intercontinental ballistic missiles of the paragraph before: “carrying nuclear warheads” is said of them.')),
      },
    ],
  },
  'override-unstated': {
    invalid: [
      {
        title: '"the weapons" read as the new UAVs, with a reason that quotes nothing of the passage',
        file: entryFile('new-uav'),
        path: 'facts[7].overrides[0].reason',
        apply: editEntry('new-uav', (e) => e.facts.push(weaponsReadAsUavs('Read as the new unmanned aerial vehicles of the paragraph before, the last weapons it names.'))),
      },
      {
        title: 'a reading whose quoted words are not the passage’s',
        file: entryFile('intercontinental-ballistic-missiles'),
        path: 'facts[3].overrides[0].reason',
        apply: editEntry('intercontinental-ballistic-missiles', (e) => (factWith(e, 'believed to be capable of carrying nuclear warheads').overrides[0]!.reason = 'Read as the intercontinental ballistic missiles: “long-range missiles” carry warheads.')),
      },
      {
        title: 'a reading of "the weapons" that does not say as what',
        file: entryFile('intercontinental-ballistic-missiles'),
        apply: editEntry('intercontinental-ballistic-missiles', (e) => (factWith(e, 'believed to be capable of carrying nuclear warheads').overrides[0]!.reason = 'The verifier cannot tell.')),
      },
    ],
    valid: [],
  },
  'override-refused': {
    invalid: [
      {
        title: '"the weapons" read as the new UAVs too, quoting the passage, while the missiles’ entry reads them as the missiles',
        file: entryFile('new-uav'),
        path: 'facts[7].overrides[0]',
        apply: editEntry('new-uav', (e) => e.facts.push(weaponsReadAsUavs('Read as the new unmanned aerial vehicles: “invested heavily in the development” of the weapons.'))),
      },
      {
        title: 'a likeness overridden into a "kind of"',
        file: entryFile('new-uav'),
        apply: editEntry('new-uav', (e) => {
          e.relations[0]!.type = 'kind-of';
          e.relations[0]!.overrides = [{ rule: 'relation-unsupported', reason: 'Read as a kind of it.' }];
        }),
      },
    ],
    valid: [
      {
        title: 'the real reading of "the weapons", quoting the words that tell it',
        file: entryFile('intercontinental-ballistic-missiles'),
        apply: editEntry('intercontinental-ballistic-missiles', (e) => (factWith(e, 'believed to be capable of carrying nuclear warheads').overrides[0]!.reason = 'Read as the intercontinental ballistic missiles: “capable of carrying nuclear warheads” speaks of missiles.')),
      },
    ],
  },
  'override-unused': {
    invalid: [
      { title: 'an override of a rule the statement keeps', file: entryFile('hwasong-12'), apply: editEntry('hwasong-12', (e) => (e.facts[0]!.overrides = [{ rule: 'reference-ambiguous', reason: 'The body words it so.' }])) },
    ],
    valid: [],
  },
};

/** Every rule with its description and examples. */
export const RULE_BOOK: Record<Rule, RuleDoc> = Object.fromEntries(
  (Object.keys(RULES) as Rule[]).map((rule) => [rule, { ...RULES[rule], ...EXAMPLES[rule] }]),
) as Record<Rule, RuleDoc>;
