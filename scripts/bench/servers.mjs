/** The two servers the benchmark compares: `npm start`'s (scripts/serve.mjs) and the nginx example. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export { findNginx, startNginx } from '../../deploy/start-nginx.mjs';

async function waitUntilUp(url, child) {
  for (let tries = 0; tries < 150; tries++) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before answering on ${url}`);
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer on ${url} after 15 s`);
}

/** Starts scripts/serve.mjs on 127.0.0.1:`port` for `root`; resolves to `{ url, pid, stop }`. */
export async function startStatic({ root, port }) {
  const child = spawn(process.execPath, [path.resolve('scripts/serve.mjs'), root], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill();
    await exited;
  };
  try {
    await waitUntilUp(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid, stop };
}
