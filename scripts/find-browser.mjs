/**
 * Finds a Chromium for the browser tests: $CHROME_PATH, else /usr/bin/chromium, else (as root)
 * installs Debian's `chromium` with apt-get. Run directly, it prints the path or explains how to
 * get a browser and exits 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The browser path if one is already on this machine, without installing anything. */
export function locateBrowser() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}

/** Flags that keep headless Chromium quiet and offline on a locked-down machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function ensureBrowser() {
  const found = locateBrowser();
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (about 30 s)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let path = null;
  try {
    path = ensureBrowser();
  } catch (error) {
    console.error(String(error.message ?? error));
  }
  if (!path) {
    console.error(
      [
        'The browser tests need Chromium, and none was found.',
        '  - Debian/Ubuntu: sudo apt-get install chromium   (then run npm test again)',
        '  - Any system: set CHROME_PATH to a Chrome or Chromium executable, e.g.',
        '      CHROME_PATH=/path/to/chrome npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`Browser tests will use ${path}`);
}
