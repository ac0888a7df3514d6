'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Reveals every `button[data-copy]` on the page and copies its text on click, announcing the
 * result. One small listener for the whole site keeps pages free of per-button scripts.
 */
export function CopyEnhancer() {
  const pathname = usePathname();
  useEffect(() => {
    const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy]');
    buttons.forEach((b) => (b.hidden = false));
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('button[data-copy]') as HTMLButtonElement | null;
      if (!button) return;
      const original = button.textContent;
      const status = document.getElementById('copy-status');
      try {
        await navigator.clipboard.writeText(button.dataset.copy ?? '');
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Copy failed: select the text instead';
      }
      if (status) status.textContent = button.textContent;
      setTimeout(() => (button.textContent = original), 2000);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [pathname]);
  return <p id="copy-status" role="status" aria-live="polite" className="sr-only" />;
}
