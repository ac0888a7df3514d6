export interface CopyButtonProps {
  /** The citation text, ending in `url`. */
  text: string;
  /** The absolute address inside `text`; the script swaps in the address the page is read from. */
  url: string;
  /** What the button says ("Copy citation", "Cite"); the accessible name begins with it. */
  label: string;
  /** Said after `label` to screen readers only, to tell the buttons of a page apart. */
  detail: string;
  /**
   * What to show when JavaScript is off, for the reader to select by hand: the citation without
   * the quote printed just above it (passages have their permalink, and show nothing).
   */
  fallback?: string;
}

/**
 * A button that copies a citation. It is rendered hidden and revealed by the site script
 * (app/_client/copy.ts) once JavaScript runs, which also says visibly that it copied; without
 * JavaScript the citation text stays available to select by hand.
 */
export function CopyButton({ text, url, label, detail, fallback }: CopyButtonProps) {
  return (
    <>
      <button
        type="button"
        hidden
        data-copy={text}
        data-copy-url={url}
        className="no-print rounded border border-rule px-2 py-0.5 text-xs text-ink hover:bg-accent-soft"
      >
        <span data-copy-label="">{label}</span>
        <span className="sr-only"> {detail}</span>
      </button>
      {fallback && (
        <noscript>
          <span className="block text-xs text-muted">Cite as: {fallback}</span>
        </noscript>
      )}
    </>
  );
}
