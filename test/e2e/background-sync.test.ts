import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port';
import { type RunningServer, startServer } from '../support/server-process';
import { launchChromium, newTabletContext, waitForServiceWorkerControl } from './support/browser';
import { waitForResults } from './support/directory';
import { APP_V1, DEMO_PACK } from './support/paths';
import { serverLogs, signInThroughForm } from './support/sign-in';

interface RegistrationEvent {
  registrations: Array<{ registrationId: string; scopeURL: string; isDeleted: boolean }>;
}

/** Network emulation never fires Background Sync: the DevTools protocol dispatches it. */
describe('Background Sync (Chromium, dispatched through the DevTools protocol)', () => {
  let browser: Browser;
  let server: RunningServer | null = null;
  let port: number;
  let base: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'reperes-e2e-bgsync-'));
  const start = async () => {
    server = await startServer({ port, dataDir, staticDir: APP_V1, demoPackFile: DEMO_PACK });
  };

  beforeAll(async () => {
    port = await freePort();
    base = `http://localhost:${port}`;
    await start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
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
    await page.goto(`${base}/annuaire`);
    await waitForServiceWorkerControl(page);
    await waitForResults(page, 150);
    await signInThroughForm(page, base, 'agent.demo');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Nouvelle activité' }).click();

    await server?.stop();
    server = null;
    await page.getByLabel('Commune de résidence de la famille').selectOption({ label: 'Amirat' });
    await page.getByRole('radio', { name: 'Téléphone' }).check();
    await page.getByRole('radio', { name: 'Autre' }).check();
    await page.getByRole('radio', { name: '1', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Parentalité', exact: true }).check();
    await page.getByRole('radio', { name: 'Informé' }).check();
    await page.getByRole('radio', { name: '30 min à 1 h' }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Activité enregistrée').waitFor();

    // Leave the app: from now on only the service worker can send the log.
    await page.goto('about:blank');
    await start();
    expect(await serverLogs(base, 'agent.demo')).toEqual([]);
    const registrationId = registrations.get(`${base}/`);
    expect(registrationId).toBeDefined();
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: base,
      registrationId: registrationId ?? '',
      tag: 'reperes-sync',
      lastChance: false,
    });
    await expect.poll(() => serverLogs(base, 'agent.demo'), { timeout: 20_000 }).toHaveLength(1);
    await context.close();
  });
});
