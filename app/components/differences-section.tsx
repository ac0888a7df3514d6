import type { DifferenceView } from '@/catalog/views';
import { FootnoteMarks, Readings, StatementWords } from './statement-words';
import { HOW_TO_READ_HREF } from '@/catalog/labels';

/** Each disagreement or variant wording, its sides next to each other, each headed by whose account it is. */
export function DifferencesSection({ differences }: { differences: DifferenceView[] }) {
  return (
    <div className="space-y-5">
      {differences.map((d) => (
        <div key={d.id} id={d.id}>
          <h3 className="mb-2 font-semibold">{d.topic}</h3>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-[repeat(auto-fit,minmax(14rem,1fr))]">
            {d.sides.map((side, i) => (
              <li key={i} className="rounded-md border border-rule px-3 py-2">
                <p className="text-sm font-semibold">{side.account}</p>
                <p className="font-serif leading-snug">
                  <StatementWords view={side} /> <FootnoteMarks refs={side.refs} />{' '}
                  <a href={HOW_TO_READ_HREF} className="statement-how">
                    {side.how}
                  </a>
                  <Readings readings={side.readings} />
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
