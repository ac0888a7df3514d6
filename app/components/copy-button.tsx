export interface CopyButtonProps {
  text: string;
  label: string;
  /** Show the text itself when JavaScript is off (for citations; passages have their permalink). */
  withFallback?: boolean;
}

/**
 * A button that copies `text`. It is rendered hidden and revealed by the page's copy enhancer
 * (app/components/copy-enhancer.tsx) once JavaScript runs; without JavaScript the citation
 * text stays available to select by hand.
 */
export function CopyButton({ text, label, withFallback = false }: CopyButtonProps) {
  return (
    <>
      <button
        type="button"
        hidden
        data-copy={text}
        aria-label={label}
        className="no-print rounded border border-rule px-2 py-0.5 text-xs text-ink hover:bg-accent-soft"
      >
        {withFallback ? 'Copy citation' : 'Cite'}
      </button>
      {withFallback && (
        <noscript>
          <span className="text-xs text-muted">Citation: {text}</span>
        </noscript>
      )}
    </>
  );
}
