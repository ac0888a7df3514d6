/** The performance budgets, each checked against the measured results: PASS or FAIL with the figure. */
import { READING_PAGES } from './pages.mjs';

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const check = (name, pass, measured) => ({ name, pass, measured });

function scaleBudgets(s, base) {
  const at = `${s.factor}×`;
  const budgets = [];
  for (const p of s.pageWeight ?? []) {
    if (!READING_PAGES.includes(p.name)) continue;
    budgets.push(
      check(`${at} ${p.name}: at most 10 KB of script fetched before any interaction, no inline framework data`, p.js.sent <= 10 * KB && p.inlineScripts === 0, `${kb(p.js.sent)} in ${p.js.files} file(s) as sent, ${p.inlineScripts} inline script(s)`),
    );
  }
  for (const l of s.lighthouse ?? []) {
    if (l.error) {
      budgets.push(check(`${at} Lighthouse ${l.name}: performance 100, LCP within 15% of the stripped page`, false, `not measured: ${l.error}`));
      continue;
    }
    const lcp = l.page.metrics['largest-contentful-paint'];
    const bare = l.stripped.metrics['largest-contentful-paint'];
    const perf = l.page.scores.performance;
    budgets.push(check(`${at} Lighthouse ${l.name}: performance 100, LCP within 15% of the stripped page`, perf === 100 && lcp <= bare * 1.15, `performance ${perf} (runs ${l.page.allPerformance.join(', ')}), LCP ${Math.round(lcp)} ms vs ${Math.round(bare)} ms stripped (×${(lcp / bare).toFixed(2)})`));
  }
  if (s.largestHtml) {
    const { file, gzip } = s.largestHtml;
    budgets.push(check(`${at} largest page HTML ≤ 60 KB gzip`, gzip <= 60 * KB, `${kb(gzip)} gzip (${file})`));
    if (base && base !== s && base.largestHtml) {
      const ratio = gzip / base.largestHtml.gzip;
      budgets.push(check(`${at} largest page ≤ 1.5× the largest at 1×`, ratio <= 1.5, `×${ratio.toFixed(2)} (${kb(gzip)} vs ${kb(base.largestHtml.gzip)})`));
    }
  }
  if (s.searchBytes && base && base !== s && base.searchBytes) {
    for (const q of s.searchBytes) {
      const one = base.searchBytes.find((b) => b.query === q.query);
      const ratio = q.sent / one.sent;
      budgets.push(check(`${at} search "${q.query}" typed: ≤ 100 KB fetched and ≤ 1.5× the 1× figure`, q.sent <= 100 * KB && ratio <= 1.5, `${kb(q.sent)} (×${ratio.toFixed(2)} of ${kb(one.sent)})`));
      if (q.atOnce && one.atOnce) {
        const r = q.atOnce.sent / one.atOnce.sent;
        budgets.push(check(`${at} search "${q.query}" asked at once: ≤ 100 KB fetched and ≤ 1.5× the 1× figure`, q.atOnce.sent <= 100 * KB && r <= 1.5, `${kb(q.atOnce.sent)} (×${r.toFixed(2)} of ${kb(one.atOnce.sent)})`));
      }
    }
  }
  // The keystroke's own work, its files fetched. First typing, which also waits for the network,
  // is reported beside it in the latency table, not judged: a round trip is not the keystroke's.
  if (s.search) {
    budgets.push(check(`${at} search keystroke p95 ≤ 16 ms (the files it needs fetched)`, s.search.toResults.p95 <= 16, `p95 ${s.search.toResults.p95} ms over ${s.search.keystrokes} keystrokes`));
  }
  return budgets;
}

/** Every budget that the sections present in `r` allow checking. */
export function checkBudgets(r) {
  const base = r.scales?.find((s) => s.factor === 1);
  const budgets = (r.scales ?? []).flatMap((s) => scaleBudgets(s, base));
  if (r.load) {
    for (const row of r.load.comparison) {
      const pass = row.ratio >= 0.5 && row.npmStartErrors === 0;
      budgets.push(check(`npm start ${row.name}: ≥ 50% of nginx's req/s, no errors`, pass, `${Math.round(row.ratio * 100)}% (${row.npmStart} vs ${row.nginx} req/s), ${row.npmStartErrors} errors`));
    }
  }
  if (r.ingest) {
    const largest = r.ingest.rows.at(-1);
    for (const [name, c] of Object.entries(largest.commands)) {
      budgets.push(check(`${name} on a ${largest.mb} MB source: within 30 s and 1 GB`, c.wallMs <= 30_000 && (c.maxRssKb ?? 0) <= 1024 * 1024, `${(c.wallMs / 1000).toFixed(1)} s wall, ${c.maxRssKb ? `${Math.round(c.maxRssKb / 1024)} MB` : 'memory not measured'}`));
    }
    for (const [name, g] of Object.entries(r.ingest.growth)) {
      budgets.push(check(`${name} grows no worse than linearly with the source (${r.ingest.rows[0].mb} → ${largest.mb} MB)`, g.exponent <= 1.15, `CPU time ×${g.cpuRatio} (exponent ${g.exponent})`));
    }
  }
  if (r.verify) {
    const largest = r.verify.rows.at(-1);
    const { growth } = r.verify;
    budgets.push(check(`verify on ${largest.factor}× ≤ 5 s`, largest.command.wallMs <= 5000, `${(largest.command.wallMs / 1000).toFixed(2)} s wall`));
    budgets.push(check(`verify grows no worse than linearly (${growth.from}× → ${growth.to}×)`, growth.cpuExponent <= 1.1, `CPU time ×${growth.cpuRatio} for ×${growth.to / growth.from} the catalog (exponent ${growth.cpuExponent}; wall ×${growth.timeRatio})`));
  }
  return budgets;
}
