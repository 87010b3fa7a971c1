import { existsSync } from 'node:fs';

/** The Chromium to drive: CHROME_PATH, else the usual places (Debian's package: /usr/bin/chromium). */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    console.error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  return found;
}
