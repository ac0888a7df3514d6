/**
 * Runs the example config deploy/nginx.conf against a built out/ on a loopback port, from a
 * throwaway prefix, without touching /etc/nginx: for trying the example, its test
 * (tests/e2e/nginx.spec.ts) and the benchmark. One worker process, like `npm start`'s one Node
 * process. Usage: node deploy/start-nginx.mjs [out-dir] [port]   (Ctrl-C stops it)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EXAMPLE = fileURLToPath(new URL('./nginx.conf', import.meta.url));
const EXAMPLE_ROOT = '/srv/cited-arsenal/out';
const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'];

/**
 * The nginx executable, or null. With `install`, when none is found and this runs as root on a
 * Debian-like system, installs Debian's `nginx` package first (as scripts/find-browser.mjs does
 * for Chromium).
 */
export function findNginx({ install = false } = {}) {
  const found = () => CANDIDATES.find((p) => existsSync(p)) ?? null;
  if (found() || !install || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return found();
  console.log('No nginx found: installing Debian\'s "nginx" package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit', env });
  return found();
}

/** The example config with its root and listen address replaced; throws if it no longer has them. */
function siteConfig(root, port) {
  const example = readFileSync(EXAMPLE, 'utf8');
  if (!example.includes(EXAMPLE_ROOT) || !/^\s*listen 80;/m.test(example)) {
    throw new Error(`${EXAMPLE} no longer has "${EXAMPLE_ROOT}" and "listen 80;", which this script replaces.`);
  }
  return example.replaceAll(EXAMPLE_ROOT, root).replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`);
}

/** A main config around the site config: everything in `prefix`, mime.types from the installation. */
function mainConfig(bin, prefix) {
  // `nginx -V` prints its build options, among them where its own nginx.conf lives, on stderr.
  const confPath = /--conf-path=(\S+)/.exec(spawnSync(bin, ['-V'], { encoding: 'utf8' }).stderr ?? '')?.[1];
  const mimeTypes = confPath && path.join(path.dirname(confPath), 'mime.types');
  const types = mimeTypes && existsSync(mimeTypes)
    ? `include ${mimeTypes};`
    : 'types { text/html html; text/css css; application/javascript js; application/json json; text/plain txt; image/svg+xml svg; }';
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`).join('\n');
  // Run by root, nginx would hand requests to "nobody", who may not be able to read out/.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 1024; }
http {
  ${types}
  default_type application/octet-stream;
  access_log off;
  sendfile on;
${temp}
  include ${prefix}/site.conf;
}
`;
}

/**
 * Starts nginx on 127.0.0.1:`port` serving `root` with deploy/nginx.conf. Resolves once it
 * answers, to `{ url, stop }`; `stop()` shuts it down and removes its prefix.
 */
export async function startNginx({ root, port, bin = findNginx() }) {
  if (!bin) throw new Error('nginx was not found.');
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  writeFileSync(path.join(prefix, 'site.conf'), siteConfig(path.resolve(root), port));
  writeFileSync(path.join(prefix, 'nginx.conf'), mainConfig(bin, prefix));
  const child = spawn(bin, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGQUIT');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) break;
    if (await fetch(url).then(() => true, () => false)) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8') : '';
  await stop();
  throw new Error(`nginx did not start on ${url}:\n${log}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bin = findNginx();
  if (!bin) {
    console.error('nginx was not found. Debian/Ubuntu: sudo apt-get install nginx');
    process.exit(1);
  }
  const server = await startNginx({ root: process.argv[2] ?? 'out', port: Number(process.argv[3] ?? 8080), bin });
  console.log(`nginx serving ${path.resolve(process.argv[2] ?? 'out')} on ${server.url} (Ctrl-C stops it)`);
  process.once('SIGINT', () => server.stop().then(() => process.exit(0)));
}
