/**
 * Search latency per keystroke, measured in the page: queries are typed one character at a time
 * into the header combobox, twice (cold, then warm: see below). For each keystroke, from the `input` event's timestamp to the last
 * change to the results that followed (a MutationObserver sees it), fetching any index file the
 * keystroke needs included; if nothing changed, the end of the task that handled the input; and
 * to the end of the next frame, painted. Desktop Chromium, no CPU throttling.
 *
 * Also what a search downloads: for each query, a fresh page, the box focused and the query
 * typed, every byte fetched from the focus on (the search code and the index files), as sent.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../find-browser.mjs';
import { median, percentile, round } from './pages.mjs';

/** Names, passage words, a typo and a miss: what readers type, 100+ keystrokes in all. */
export const QUERIES = [
  'hwasong-18 solid-fuel',
  'global hawk reconnaissance',
  'intercontinental ballistic missiles',
  '122-millimeter shells',
  'multiple rocket launcher rounds',
  'voice of america',
  'kyodo news hwasong',
  'combat drone firing missiles',
  'mq 9 reaper',
  'hwasnog 17',
  'artillery shells russia',
  'zzqx',
];

/** Installed in the page: watches the combobox and records one sample per keystroke. */
function installProbe() {
  const box = document.getElementById('site-search');
  const results = document.getElementById('site-search-popup');
  const samples = [];
  let current = null;
  let waiting = null;
  // The end of the frame after the latest change: its rAF callback runs before that frame's
  // style, layout and paint, and a task queued from there runs after them.
  const timeNextFrame = (sample) => {
    const token = (sample.frameToken = {});
    requestAnimationFrame(() => setTimeout(() => sample.frameToken === token && (sample.frame = performance.now()), 0));
  };
  const observer = new MutationObserver(() => {
    if (!current) return;
    current.lastChange = performance.now();
    timeNextFrame(current);
  });
  observer.observe(results, { subtree: true, childList: true, characterData: true, attributes: true });

  // Done once nothing has changed for QUIET ms after the task that handled the input, so that
  // results rendered later (a deferred update) still count.
  const QUIET = 50;
  const settle = (sample) => {
    const last = sample.lastChange || sample.taskEnd;
    if (performance.now() - Math.max(last, sample.taskEnd) < QUIET || sample.frame === undefined) return setTimeout(() => settle(sample), 10);
    samples.push({ query: sample.query, rendered: last - sample.start, frame: sample.frame - sample.start });
    current = null;
    waiting?.();
  };
  window.addEventListener(
    'input',
    (event) => {
      if (event.target !== box || !window.__searchProbe.armed) return;
      const sample = (current = { query: box.value, start: event.timeStamp, lastChange: 0 });
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        sample.taskEnd = performance.now();
        if (!sample.lastChange) timeNextFrame(sample);
        settle(sample);
      };
      channel.port2.postMessage(null);
    },
    true,
  );
  window.__searchProbe = {
    armed: false,
    samples,
    next: () => (current ? new Promise((resolve) => (waiting = resolve)) : Promise.resolve()),
  };
}

/** Median and p95 of the keystroke latencies on the home page at `baseUrl`. */
export async function measureSearchLatency(baseUrl, { executablePath }) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    const box = page.getByRole('banner').getByRole('combobox');
    // The first input downloads the search code; wait for results so no keystroke waits for it.
    await box.fill('hwasong');
    await page.getByRole('banner').getByRole('listbox').getByRole('option').first().waitFor();
    await page.evaluate(installProbe);
    // Typed twice: first with nothing of the index fetched but the word "hwasong" (cold: a
    // keystroke that needs a new bucket or document waits for it), then again with every file
    // it needs already fetched (warm: the work a keystroke itself costs).
    const pass = async () => {
      await page.evaluate(() => window.__searchProbe.samples.splice(0));
      for (const query of QUERIES) {
        await box.fill('');
        await page.evaluate(() => (window.__searchProbe.armed = true));
        for (const char of query) {
          await page.keyboard.type(char);
          await page.evaluate(() => window.__searchProbe.next());
        }
        await page.evaluate(() => (window.__searchProbe.armed = false));
      }
      const samples = await page.evaluate(() => window.__searchProbe.samples.slice());
      const stats = (key) => ({ median: round(median(samples.map((s) => s[key])), 2), p95: round(percentile(samples.map((s) => s[key]), 95), 2), max: round(Math.max(...samples.map((s) => s[key])), 2) });
      const slowest = [...samples].sort((a, b) => b.rendered - a.rendered).slice(0, 5).map((s) => ({ query: s.query, ms: round(s.rendered, 2) }));
      return { keystrokes: samples.length, toResults: stats('rendered'), toNextFrame: stats('frame'), slowest };
    };
    const cold = await pass();
    const warm = await pass();
    return { queries: QUERIES, ...warm, cold };
  } finally {
    await browser.close();
  }
}

/** Quiet network, in ms, that ends a search's download count. */
const QUIET_MS = 1000;

/** Queries whose downloads are measured: names, a typo, a designation, and common words (the worst case). */
export const BYTE_QUERIES = ['hwasong 18', 'hwasnog 17', 'global hawk', 'kyodo news', '122-millimeter shells', 'north korea'];

/**
 * Bytes fetched (as sent, and how many files) from focusing the box to the results of each
 * query, two ways on a fresh page each: typed one character at a time (every keystroke's
 * results, the dropdown's documents included), and asked at once (the query pasted: what the
 * index itself costs for it).
 */
export async function measureSearchBytes(baseUrl, { executablePath }) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const fetched = async (query, enter) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    const sizes = [];
    let pending = 0;
    let last = Date.now();
    page.on('request', () => (pending++, (last = Date.now())));
    const settle = () => (pending--, (last = Date.now()));
    page.on('requestfailed', settle);
    page.on('requestfinished', (request) => {
      settle();
      sizes.push(request.sizes().then((s) => ({ type: request.resourceType(), sent: s.responseBodySize })));
    });
    const box = page.getByRole('banner').getByRole('combobox');
    await box.focus();
    await enter(box, query);
    // Until nothing has been requested for QUIET_MS, longer than the pause after which the
    // dropdown reads the cards of the entries it shows: those count too. (The page's load
    // state reached "networkidle" before the box was focused, so waiting for it would not wait.)
    while (pending > 0 || Date.now() - last < QUIET_MS) await page.waitForTimeout(50);
    const files = await Promise.all(sizes);
    await context.close();
    const of = (pred) => files.filter(pred).reduce((n, f) => n + f.sent, 0);
    return { files: files.length, sent: of(() => true), script: of((f) => f.type === 'script'), index: of((f) => f.type !== 'script') };
  };
  try {
    const rows = [];
    for (const query of BYTE_QUERIES) {
      const typed = await fetched(query, (box, q) => box.pressSequentially(q, { delay: 40 }));
      const atOnce = await fetched(query, (box, q) => box.fill(q));
      rows.push({ query, ...typed, atOnce });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
