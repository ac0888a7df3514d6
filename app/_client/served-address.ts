/**
 * Addresses a page prints in full (`data-print-url`, shown by the print stylesheet) are built
 * for the site's public address; this puts the address the page is read from in their place.
 */
export function showServedAddresses(): void {
  for (const link of document.querySelectorAll<HTMLElement>('[data-print-url]')) {
    const url = new URL(link.dataset.printUrl ?? '', location.href);
    link.dataset.printUrl = `${location.origin}${url.pathname}${url.search}${url.hash}`;
  }
}
