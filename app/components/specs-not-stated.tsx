import type { SpecView } from '@/catalog/views';
import { FootnoteMarks } from './statement-words';

export interface SpecsNotStatedProps {
  passageOnly: SpecView[];
  notStated: SpecView[];
}

/**
 * The specifications the sources leave open: those a passage speaks to without a statement
 * reading it so, with the words of that sentence around the one that speaks to it, word for
 * word, and its footnote; then those no passage about the system speaks to. Both are derived
 * from the passages.
 */
export function SpecsNotStated({ passageOnly, notStated }: SpecsNotStatedProps) {
  return (
    <div className="space-y-2 text-sm">
      {passageOnly.map((spec) => (
        <p key={spec.key}>
          <span className="font-semibold">{spec.label}:</span> not stated as such. The passages say:{' '}
          {spec.passages.map((p) => (
            <span key={p.sentence}>
              <q className="font-serif text-base">{p.excerpt}</q>{' '}
              {p.ref ? (
                <FootnoteMarks refs={[p.ref]} />
              ) : (
                <a href={p.href} className="footnote-mark">
                  read it
                </a>
              )}{' '}
            </span>
          ))}
        </p>
      ))}
      {notStated.length > 0 && (
        <p>
          <span className="font-semibold">{notStated.map((s, i) => (i === 0 ? s.label : s.label.toLowerCase())).join(', ')}:</span>{' '}
          not stated in these sources.
        </p>
      )}
    </div>
  );
}
