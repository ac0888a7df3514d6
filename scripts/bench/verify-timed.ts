/**
 * One in-process verification of the catalog under argv[2], timed without Node's and tsx's
 * start-up, for the benchmark's growth figures. Prints one JSON line.
 */
import { readCatalogFiles } from '../../catalog/load';
import { verifyCatalog } from '../../catalog/verify/verify';

const start = performance.now();
const cpu = process.cpuUsage();
const result = verifyCatalog(readCatalogFiles(process.argv[2]));
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    ok: result.ok,
    ms: performance.now() - start,
    cpuMs: (used.user + used.system) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
  }),
);
