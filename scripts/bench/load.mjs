/**
 * Throughput under load: autocannon with 50 connections for 20 s per page (after a 3 s warm-up)
 * against `npm start`'s server and against nginx serving the same out/, one after the other.
 */
import autocannon from 'autocannon';

const CONNECTIONS = 50;
const DURATION_S = 20;
const WARM_UP_S = 3;

const fire = (url, duration) =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration }, (error, result) => (error ? reject(error) : resolve(result)));
  });

/** req/s, latency p50/p99 and errors for each page of `pages` at `baseUrl`. */
export async function measureLoad(baseUrl, pages) {
  const results = [];
  for (const page of pages) {
    await fire(baseUrl + page.path, WARM_UP_S);
    const r = await fire(baseUrl + page.path, DURATION_S);
    results.push({
      name: page.name,
      path: page.path,
      requestsPerSecond: r.requests.average,
      latencyP50Ms: r.latency.p50,
      latencyP99Ms: r.latency.p99,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
      requests: r.requests.total,
      bytesPerSecond: r.throughput.average,
    });
  }
  return results;
}

export const LOAD_SETTINGS = { connections: CONNECTIONS, durationSeconds: DURATION_S, warmUpSeconds: WARM_UP_S };
