import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../support/chromium-path';

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error(
      'Chromium introuvable : lancez « npm test » (il l’installe) ou fixez CHROME_PATH.',
    );
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** A French tablet in Paris time: what the app is made for. */
export function newTabletContext(
  browser: Browser,
  viewport = { width: 1024, height: 768 },
): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    hasTouch: true,
  });
}

/** Resolves once a service worker controls the page (clients.claim on first install). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** Collects console errors and uncaught exceptions from now on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
