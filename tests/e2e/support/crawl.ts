import type { Page } from '@playwright/test';

/** One address of the site as the crawl found it. */
export interface CrawledPage {
  path: string;
  status: number;
  /** Ids of the page's elements in document order (repeats kept); empty for anything but an HTML page. */
  ids: string[];
}

/** A same-origin link, where it was found and where it points. */
export interface SiteLink {
  from: string;
  to: URL;
}

export interface SiteCrawl {
  pages: Map<string, CrawledPage>;
  links: SiteLink[];
}

const XLINK = 'http://www.w3.org/1999/xlink';

/**
 * Visits every page reachable from `/` through same-origin `<a href>` links, HTML and SVG alike,
 * and every address listed in /sitemap.xml when the site has one (by path: the sitemap names the
 * public host). Addresses are deduplicated by path; each is fetched for its status, and HTML
 * pages are opened in `page` to read their links and element ids.
 */
export async function crawlSite(page: Page, baseURL: string): Promise<SiteCrawl> {
  const origin = new URL(baseURL).origin;
  const pages = new Map<string, CrawledPage>();
  const links: SiteLink[] = [];
  const queue: URL[] = [];
  const follow = (to: URL, from: string) => {
    links.push({ from, to });
    if (!queue.some((u) => u.pathname === to.pathname) && !pages.has(to.pathname)) queue.push(to);
  };

  follow(new URL('/', origin), '(start)');
  const sitemap = await page.request.get('/sitemap.xml');
  if (sitemap.ok()) {
    for (const [, loc] of (await sitemap.text()).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
      follow(new URL(new URL(loc!.replaceAll('&amp;', '&')).pathname, origin), '/sitemap.xml');
    }
  }

  for (let next = queue.shift(); next; next = queue.shift()) {
    const path = next.pathname;
    const response = await page.request.get(path + next.search);
    const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
    const crawled: CrawledPage = { path, status: response.status(), ids: [] };
    pages.set(path, crawled);
    if (!response.ok() || !isHtml) continue;

    await page.goto(path + next.search);
    const found = await page.evaluate((xlink) => {
      const hrefs = Array.from(document.querySelectorAll('a'), (a) => a.getAttribute('href') ?? a.getAttributeNS(xlink, 'href'));
      return { ids: Array.from(document.querySelectorAll('[id]'), (el) => el.id), hrefs: hrefs.filter((h) => h !== null) };
    }, XLINK);
    crawled.ids = found.ids;
    for (const href of found.hrefs) {
      const to = new URL(href, page.url());
      if (to.origin === origin) follow(to, path);
    }
  }
  return { pages, links };
}

/**
 * The element id a fragment points at: `#paragraph-3` → `paragraph-3`. A text directive
 * (`#:~:text=…`, or after an id: `#q-1-9:~:text=…`) is not an id and is left out; returns ''
 * when nothing is left.
 */
export function fragmentId(hash: string): string {
  const fragment = hash.replace(/^#/, '').split(':~:')[0] ?? '';
  return decodeURIComponent(fragment);
}
