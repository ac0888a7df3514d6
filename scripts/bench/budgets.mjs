/** The performance budgets, each checked against the measured results: PASS or FAIL with the figure. */
const KB = 1024;

const check = (name, pass, measured) => ({ name, pass, measured });

/** Every budget that the sections present in `r` allow checking. */
export function checkBudgets(r) {
  const budgets = [];
  if (r.lighthouse) {
    for (const p of r.lighthouse) {
      const s = p.scores;
      const pass = s.performance >= 95 && s.accessibility === 100 && s['best-practices'] === 100 && s.seo === 100;
      budgets.push(check(`Lighthouse ${p.name}: performance ≥ 95, accessibility, best practices and SEO 100`, pass, `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}`));
    }
  }
  if (r.pageWeight) {
    const { framework, searchWidget } = r.pageWeight.sharedJs;
    const shared = `shared: framework ${framework.bytes} B (${framework.gzip} B gzip), search widget ${searchWidget.bytes} B (${searchWidget.gzip} B gzip)`;
    for (const name of ['entry', 'reader']) {
      const own = r.pageWeight.pages.find((p) => p.name === name)?.ownJs;
      if (own) budgets.push(check(`${name} page ships no JS of its own`, own.files === 0, `${own.bytes} B of its own; ${shared}`));
    }
  }
  if (r.largestHtml) {
    const { file, gzip } = r.largestHtml;
    budgets.push(check('largest page HTML ≤ 60 KB gzip', gzip <= 60 * KB, `${(gzip / KB).toFixed(1)} KB gzip (${file})`));
  }
  if (r.search) {
    budgets.push(check('search keystroke p95 ≤ 16 ms', r.search.toResults.p95 <= 16, `p95 ${r.search.toResults.p95} ms over ${r.search.keystrokes} keystrokes`));
  }
  if (r.load) {
    for (const row of r.load.comparison) {
      const pass = row.ratio >= 0.5 && row.npmStartErrors === 0;
      budgets.push(check(`npm start ${row.name}: ≥ 50% of nginx's req/s, no errors`, pass, `${Math.round(row.ratio * 100)}% (${row.npmStart} vs ${row.nginx} req/s), ${row.npmStartErrors} errors`));
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
