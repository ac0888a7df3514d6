/** Copy buttons: revealed when this script runs, each copies its citation and says so. */

const SHOW_FOR_MS = 2500;

/** The citation of `button` with the address the page is read from in place of the built one. */
function citationText(button: HTMLButtonElement): string {
  const text = button.dataset.copy ?? '';
  const built = button.dataset.copyUrl;
  if (!built) return text;
  const url = new URL(built);
  return text.replace(built, `${location.origin}${url.pathname}${url.search}${url.hash}`);
}

/**
 * Reveals every `button[data-copy]` and, on click, copies its citation, shows "Copied" on the
 * button itself and announces it, restoring the label after a moment.
 */
export function enhanceCopyButtons(): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) b.hidden = false;
  const status = document.getElementById('copy-status');
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest?.('button[data-copy]');
    if (!(button instanceof HTMLButtonElement)) return;
    const label = button.querySelector<HTMLElement>('[data-copy-label]');
    if (!label) return;
    label.dataset.original ??= label.textContent ?? '';
    let said: string;
    try {
      await navigator.clipboard.writeText(citationText(button));
      label.textContent = 'Copied ✓';
      said = 'Citation copied to the clipboard';
    } catch {
      label.textContent = 'Copy failed: select the text instead';
      said = label.textContent;
    }
    button.dataset.copied = '';
    if (status) status.textContent = said;
    window.clearTimeout(Number(button.dataset.timer));
    button.dataset.timer = String(
      window.setTimeout(() => {
        label.textContent = label.dataset.original ?? '';
        delete button.dataset.copied;
        if (status) status.textContent = '';
      }, SHOW_FOR_MS),
    );
  });
}
