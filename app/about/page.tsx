import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { sourcesInWords } from '@/catalog/views';
import { NO_HEDGE } from '@/catalog/labels';

export function generateMetadata(): Metadata {
  return {
    title: 'What the catalog promises, and how to read an entry',
    description: `What the catalog promises about the ${sourcesInWords()} it quotes, and how to read who says each statement and how surely.`,
    alternates: { canonical: '/about' },
  };
}

/** One term of "How to read an entry": the words as entries print them, and what they mean. */
function Term({ id, term, children }: { id: string; term: string; children: ReactNode }) {
  return (
    <div id={id} className="contents">
      <dt className="font-semibold">{term}</dt>
      <dd className="mb-2 ml-4">{children}</dd>
    </div>
  );
}

export default function AboutPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="font-serif text-3xl font-semibold">What the catalog promises</h1>
      <p>
        Nothing on it is invented. Every name, category, statement and speaker shown for a weapon system is quoted word for word from
        the <Link prefetch={false} href="/sources">{sourcesInWords()}</Link>, and each leads to the exact words in its article. The
        catalog never says that a statement is true: it says who says it, in their words, and how surely they put it.
      </p>
      <p>
        Where the articles say nothing about something readers often look for (range, size, maker…), an entry says “not stated in
        these sources” rather than filling the gap. Where they disagree, it shows each side with who says so. Before the site is
        built, a machine check reads every statement against its passage and refuses to build it if any of this fails.
      </p>

      <h2 id="how-to-read" className="pt-4 font-serif text-2xl font-semibold">
        How to read an entry
      </h2>
      <p>
        An entry opens with the system’s name and what the sources call it (missile, UAV, arms…). Below, under “What the sources
        say”, each row is one statement: a label (Propellant, Capability…), then <b>who says it</b>, then its words exactly as printed,
        then a footnote number, then <b>how surely</b> it is put. For example:
      </p>
      <p className="rounded-md border border-rule px-3 py-2">
        <span className="statement-label">Capability</span>
        <br />
        <span className="statement-speaker">United Nations officials said: </span>
        <span className="statement-words">
          <em className="cue">appeared</em> capable of hitting “most points on Earth.”
        </span>{' '}
        <span className="font-mono text-xs">[3]</span> <span className="statement-how">hedged with “appeared”</span>
      </p>
      <h3 className="pt-2 font-semibold">Who says it</h3>
      <dl>
        <Term id="speaker-named" term="“North Korea claimed”, “United Nations officials said”">
          The article reports that they said it, in the article’s own verb. The catalog repeats the article; it does not vouch for
          what they said.
        </Term>
        <Term id="speaker-relayed" term="“Observers in Seoul noted, as Voice of America reported”">
          A report of a report: the one who said it first, then who passed it on.
        </Term>
        <Term id="speaker-article" term="“The article reports”, “Korea JoongAng Daily reports”">
          The article says it in its own voice, named by its publisher where its text states one.
        </Term>
        <Term id="speaker-caption" term="“A photo caption says”">The words are those of a photo caption printed with the article.</Term>
      </dl>
      <h3 className="pt-2 font-semibold">How surely</h3>
      <p className="text-sm text-muted">
        These words describe the speaker’s sentence, not the catalog’s judgement. The word that qualifies a statement is quoted, and
        is set in italics, dotted underline, in its words.
      </p>
      <dl>
        <Term id="no-hedge" term={NO_HEDGE}>
          Nothing in the sentence qualifies it: the speaker says it plainly. It is still only what that speaker says.
        </Term>
        <Term id="hedged" term="hedged with “appeared”, hedged with “would”">
          The speaker qualifies it with the quoted word: “appeared” or “believed to be” (it seemed so to them), “would” or
          “potentially” (a possibility), “reportedly” (said by others, without saying who).
        </Term>
        <Term id="negated" term="negated with “did not”">The sentence says that something did not happen, or is not so.</Term>
        <Term id="comparison" term="a comparison: “resembling”">
          The source says the system looks like another (“resembling”, “similar to”, “based on”), not that it is that system.
        </Term>
        <Term id="disputed" term="disputed: “which the North has denied”">The same sentence reports that someone rejects it.</Term>
      </dl>
      <h3 className="pt-2 font-semibold">The rest of an entry</h3>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <b>Where the sources differ</b>: accounts that disagree, side by side, each headed by whose account it is.
        </li>
        <li>
          <b>Related entries</b>: what a statement says about another catalogued system, and what other entries say about this one.
        </li>
        <li>
          <b>Not stated in these sources</b>: specifications no passage about the system speaks to.
        </li>
        <li>
          <b>References</b>: each quote once, numbered as the footnotes are, under the article it is from, with the paragraph it is
          in. “Read it in the article” opens the article with the words highlighted and the paragraph numbers in the margin; “Copy
          citation” copies the quote with its source and address.
        </li>
      </ul>

      <h2 className="pt-4 font-serif text-xl font-semibold">Data for researchers and tools</h2>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        <li>
          <a href="/catalog.json">catalog.json</a>: entries, statements, citations with their offsets, the mention index and the
          sources, described by <a href="/catalog.schema.json">its JSON Schema</a>.
        </li>
        <li>
          <a href="/annotations.jsonld">annotations.jsonld</a>: every citation as a W3C Web Annotation, with a quote selector and a
          position selector into the archived text.
        </li>
        <li>
          Each source as CSL-JSON and BibTeX, from the <Link prefetch={false} href="/sources">sources page</Link>, holding only what its
          text states.
        </li>
      </ul>
      <p className="text-sm text-muted">
        Curators: the rules the machine check enforces, with an example of each message, are listed in the project’s README, under
        “What the verifier guarantees”.
      </p>
    </div>
  );
}
