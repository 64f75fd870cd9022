import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path';

/**
 * Finds Chromium for the browser tests, installing Debian's package when the process may
 * (root with apt-get); otherwise stops with a message that says what to do.
 */
export function ensureChromium(): string {
  const found = chromiumPath();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium absent : installation du paquet Debian « chromium »…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = chromiumPath();
    if (installed) return installed;
  }
  throw new Error(
    'Chromium est introuvable et ne peut pas être installé par ce processus. ' +
      'Installez-le (sudo apt-get install chromium) ou indiquez son chemin dans CHROME_PATH.',
  );
}
