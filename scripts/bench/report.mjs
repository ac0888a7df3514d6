/** bench/results.md: the results of scripts/bench/run.mjs as tables a reader can scan. */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sized = ({ bytes, gzip }) => `${kb(bytes)} (${kb(gzip)} gz)`;
const ms = (value) => (value === null ? '–' : `${Math.round(value)} ms`);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function pageWeight({ pageWeight: w, largestHtml }) {
  const { framework, searchWidget } = w.sharedJs;
  return [
    '## Page weight (first visit, empty cache)',
    'Chromium, a fresh context per page, served by `npm start`, until the network is idle. Sizes are raw (decoded) bodies and, in brackets, the same bytes gzipped (level 6); "sent" is what went over the wire (`npm start` sends the build\'s brotli copies). "Other" is mostly what Next prefetches for the links in view (route data, small).',
    table(
      ['Page', 'Requests', 'Sent', 'HTML', 'JS', 'JS of its own', 'CSS', 'Other'],
      w.pages.map((p) => [`${p.name} \`${p.path}\``, p.requests, kb(p.transferred), sized(p.html), sized(p.js), p.ownJs.files ? sized(p.ownJs) : 'none', sized(p.css), `${p.other.files} files, ${sized(p.other)}`]),
    ),
    `Every page loads the same JavaScript: the framework runtime, ${sized(framework)} in ${framework.files} chunks, and the header search widget, ${sized(searchWidget)} in ${searchWidget.files} chunks (${searchWidget.chunks.map((c) => `\`${c.url.split('/').pop()}\``).join(', ')}).`,
    `Largest exported HTML: \`${largestHtml.file}\`, ${sized(largestHtml)}.`,
  ];
}

function lighthouse({ lighthouse: l }) {
  const losing = [...new Set(l.flatMap((p) => p.losing.map((a) => `${p.name}: ${a}`)))];
  return [
    '## Lighthouse (mobile preset, simulated throttling, median of 3 runs)',
    table(
      ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'Runs (perf)'],
      l.map((p) => [p.name, p.scores.performance, p.scores.accessibility, p.scores['best-practices'], p.scores.seo, ms(p.metrics['first-contentful-paint']), ms(p.metrics['largest-contentful-paint']), ms(p.metrics['total-blocking-time']), p.metrics['cumulative-layout-shift'], p.allScores.map((s) => s.performance).join(', ')]),
    ),
    losing.length ? `Audits that cost points (last run):\n${losing.map((a) => `- ${a}`).join('\n')}` : 'No scored audit lost points.',
  ];
}

function search({ search: s }) {
  return [
    '## Search latency per keystroke',
    `${s.keystrokes} keystrokes typed one at a time into the header search box on the home page, whole index loaded (queries: ${s.queries.map((q) => `"${q}"`).join(', ')}). Desktop Chromium, no CPU throttling.`,
    table(['From the input event to…', 'Median', 'p95', 'Max'], [
      ['its results in the DOM', `${s.toResults.median} ms`, `${s.toResults.p95} ms`, `${s.toResults.max} ms`],
      ['the end of the next frame (painted)', `${s.toNextFrame.median} ms`, `${s.toNextFrame.p95} ms`, `${s.toNextFrame.max} ms`],
    ]),
    `Slowest: ${s.slowest.map((x) => `"${x.query}" ${x.ms} ms`).join(', ')}.`,
  ];
}

function load({ load: l }) {
  const { connections, durationSeconds } = l.settings;
  return [
    `## Load (autocannon, ${connections} connections, ${durationSeconds} s per page, after a warm-up)`,
    `\`npm start\`'s server (scripts/serve.mjs, one Node process) and nginx ${l.nginxVersion ?? ''} with deploy/nginx.conf (one worker), serving the same out/ on loopback. autocannon runs on the same machine: with few cores it, rather than either server, can be what saturates, so read the ratio as whether \`npm start\` keeps up, not as the servers' capacity.`,
    table(
      ['Page', 'npm start req/s', 'p50', 'p99', 'errors', 'nginx req/s', 'p50', 'p99', 'errors', 'npm start / nginx'],
      l.comparison.map((c) => {
        const a = l.npmStart.find((r) => r.name === c.name);
        const b = l.nginx.find((r) => r.name === c.name);
        return [c.name, Math.round(a.requestsPerSecond), `${a.latencyP50Ms} ms`, `${a.latencyP99Ms} ms`, a.errors + a.non2xx, Math.round(b.requestsPerSecond), `${b.latencyP50Ms} ms`, `${b.latencyP99Ms} ms`, b.errors + b.non2xx, `${Math.round(c.ratio * 100)}%`];
      }),
    ),
  ];
}

function verify({ verify: v }) {
  return [
    '## Verifier scaling',
    `Synthetic catalogs made by cloning every source and entry under new ids (scripts/bench/make-corpus.mjs); each verifies. Medians of ${v.runs} runs. "Command" is \`node --import tsx scripts/verify.ts <root>\` as a whole (start-up included); "in process" is reading and verifying only.`,
    table(
      ['Catalog', 'Contents', 'Command wall', 'Command CPU', 'Peak RSS', 'In process', 'In-process CPU'],
      v.rows.map((r) => [`${r.factor}×`, r.catalog, ms(r.command.wallMs), ms(r.command.cpuMs), r.command.maxRssKb ? `${Math.round(r.command.maxRssKb / 1024)} MB` : '–', ms(r.inProcess.ms), ms(r.inProcess.cpuMs)]),
    ),
    `From ${v.growth.from}× to ${v.growth.to}×: in-process CPU time ×${v.growth.cpuRatio} (exponent ${v.growth.cpuExponent}; 1 is linear), wall time ×${v.growth.timeRatio}.`,
  ];
}

function audit({ audit: a }) {
  if (!a) return [];
  return ['## npm audit --omit=dev', a.error ? `Not run: ${a.error}` : `${a.total} known vulnerabilities in production dependencies (${Object.entries(a.counts).map(([k, n]) => `${k} ${n}`).join(', ')}).`];
}

/** The whole report as Markdown. */
export function renderReport(r) {
  const m = r.machine;
  const sections = [
    ['# Benchmark results'],
    [
      `Written by \`npm run bench\` (scripts/bench/run.mjs) on ${r.generatedAt}. Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; ${m.chromium}. Load average (1 min) at the start of each section: ${Object.entries(r.loadAverage).map(([k, v]) => `${k} ${v}`).join(', ')}${m.note ? `. ${m.note}` : ''}.`,
    ],
    ['## Budgets', table(['Budget', 'Result', 'Measured'], r.budgets.map((b) => [b.name, b.pass ? 'PASS' : '**FAIL**', b.measured]))],
    r.pageWeight ? pageWeight(r) : [],
    r.lighthouse ? lighthouse(r) : [],
    r.search ? search(r) : [],
    r.load ? load(r) : [],
    r.verify ? verify(r) : [],
    audit(r),
  ];
  return `${sections.filter((s) => s.length).map((s) => s.join('\n\n')).join('\n\n')}\n`;
}
