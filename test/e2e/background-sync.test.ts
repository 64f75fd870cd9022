import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newTabletContext, waitForServiceWorkerControl } from './support/browser';
import { waitForResults } from './support/directory';
import { E2eServer } from './support/e2e-server';
import { recordQuickLog } from './support/log-form';
import { serverLogs, signInThroughForm } from './support/sign-in';

interface RegistrationEvent {
  registrations: Array<{ registrationId: string; scopeURL: string; isDeleted: boolean }>;
}

/** Network emulation never fires Background Sync: the DevTools protocol dispatches it. */
describe('Background Sync (Chromium, dispatched through the DevTools protocol)', () => {
  let browser: Browser;
  const server = new E2eServer('bgsync');

  beforeAll(async () => {
    await server.start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  it('sends a log saved offline from the service worker, with no app page open', async () => {
    const context = await newTabletContext(browser);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const registrations = new Map<string, string>();
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event: RegistrationEvent) => {
      for (const r of event.registrations)
        if (!r.isDeleted) registrations.set(r.scopeURL, r.registrationId);
    });
    await cdp.send('ServiceWorker.enable');
    await page.goto(`${server.base}/annuaire`);
    await waitForServiceWorkerControl(page);
    await waitForResults(page, 150);
    await signInThroughForm(page, server.base, 'agent.demo');
    // Signed in (the sign-in answer received) before the server goes away.
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mon activité' })
      .waitFor();
    await server.stop();
    await recordQuickLog(page, 'Amirat');

    // Leave the app: from now on only the service worker can send the log.
    await page.goto('about:blank');
    await server.start();
    expect(await serverLogs(server.base, 'agent.demo')).toEqual([]);
    const registrationId = registrations.get(`${server.base}/`);
    expect(registrationId).toBeDefined();
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: server.base,
      registrationId: registrationId ?? '',
      tag: 'reperes-sync',
      lastChance: false,
    });
    await expect
      .poll(() => serverLogs(server.base, 'agent.demo'), { timeout: 20_000 })
      .toHaveLength(1);
    await context.close();
  });
});
