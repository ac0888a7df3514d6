/**
 * Answers a repeated request for the same small file from memory. sirv streams every file from
 * disk on every request (open, read, close: half the server's CPU time when one page is asked
 * for thousands of times a second); the site's files only change with a rebuild, after which the
 * server is restarted anyway, since sirv lists the files it serves when it starts.
 *
 * What is kept is a whole 200 response as sirv wrote it (status, headers, body), per address and
 * per encoding the request accepts (sirv sends the .br copy, the .gz copy or the file itself
 * according to Accept-Encoding), up to `maxFileBytes` a response and `maxBytes` in all, the least
 * recently used dropped first. Ranges, HEAD requests and anything but a 200 go to sirv each time.
 */

/** The encodings sirv would choose between for this request, as part of the memory's key. */
function encodingClass(req) {
  const accept = String(req.headers['accept-encoding'] ?? '');
  return `${/(br|brotli)/i.test(accept) ? 'br' : ''}${accept.includes('gzip') ? 'gz' : ''}`;
}

/**
 * `handler(req, res, next)` (a sirv handler) with a memory in front of it.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void} handler
 */
export function rememberResponses(handler, { maxBytes = 64 * 1024 * 1024, maxFileBytes = 1024 * 1024 } = {}) {
  /** @type {Map<string, { headers: Record<string, string | number | string[]>, body: Buffer }>} */
  const kept = new Map();
  let total = 0;

  const keep = (key, entry) => {
    if (kept.has(key)) return;
    kept.set(key, entry);
    total += entry.body.length;
    for (const [oldest, { body }] of kept) {
      if (total <= maxBytes) break;
      kept.delete(oldest);
      total -= body.length;
    }
  };

  const answer = (req, res, next) => {
    if (req.method !== 'GET' || req.headers.range) return handler(req, res, next);
    // sirv answers by the path alone; a query string changes nothing it sends.
    const key = `${encodingClass(req)} ${req.url.split('?')[0]}`;
    const hit = kept.get(key);
    if (hit) {
      // Most recently used last, so it is dropped last.
      kept.delete(key);
      kept.set(key, hit);
      const etag = hit.headers.etag;
      if (etag !== undefined && req.headers['if-none-match'] === etag) {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, hit.headers);
      return res.end(hit.body);
    }
    const chunks = [];
    let size = 0;
    const headers = {};
    const { writeHead, write, end } = res;
    res.writeHead = function (code, ...rest) {
      const given = rest.find((a) => a && typeof a === 'object' && !Array.isArray(a));
      for (const [name, value] of Object.entries(given ?? {})) headers[name.toLowerCase()] = value;
      return writeHead.call(this, code, ...rest);
    };
    const collect = (chunk, encoding) => {
      if (size > maxFileBytes || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
      size += buffer.length;
      if (size <= maxFileBytes) chunks.push(buffer);
    };
    res.write = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      if (res.statusCode === 200 && size <= maxFileBytes) keep(key, { headers: { ...res.getHeaders(), ...headers }, body: Buffer.concat(chunks) });
      return end.call(this, chunk, encoding, callback);
    };
    handler(req, res, next);
  };
  answer.size = () => ({ responses: kept.size, bytes: total });
  return answer;
}
