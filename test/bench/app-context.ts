import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium-path';

/**
 * A browser with a profile on disk, as on a device: IndexedDB, the service worker and its
 * precache are written to disk and found again when the same profile is opened later.
 */
export async function launchAppContext(
  profileDir: string,
  initScript: string | null,
): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium introuvable : fixez CHROME_PATH.');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1024, height: 768 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  if (initScript) await context.addInitScript({ content: initScript });
  return context;
}
