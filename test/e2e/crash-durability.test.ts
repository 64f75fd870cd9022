import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port';
import { type RunningServer, startServer } from '../support/server-process';
import { waitForServiceWorkerControl } from './support/browser';
import { waitForResults } from './support/directory';
import { launchKillableChromium } from './support/killable-chromium';
import { APP_V1, DEMO_PACK } from './support/paths';
import { serverLogs, signInThroughForm } from './support/sign-in';

/**
 * SIGKILL of the browser right after the message: the message must come after the commit.
 * (A killed process keeps what the OS already has; an OS crash or power cut is what the worker
 * database's "strict" durability is for, which a test here cannot produce.)
 */
describe('a saved log survives a browser crash (SIGKILL right after "Activité enregistrée")', () => {
  let server: RunningServer | null = null;
  let port: number;
  let base: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'reperes-e2e-crash-'));
  const profile = mkdtempSync(join(tmpdir(), 'reperes-profile-'));
  const start = async () => {
    server = await startServer({ port, dataDir, staticDir: APP_V1, demoPackFile: DEMO_PACK });
  };

  beforeAll(async () => {
    port = await freePort();
    base = `http://localhost:${port}`;
    await start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('keeps the log on the device through the crash, then sends it once', async () => {
    const first = await launchKillableChromium(profile);
    const context = first.browser.contexts()[0];
    if (!context) throw new Error('no default context');
    const page = await context.newPage();
    await page.goto(`${base}/annuaire`);
    await waitForServiceWorkerControl(page);
    await waitForResults(page, 150);
    await signInThroughForm(page, base, 'agent.demo');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Nouvelle activité' }).click();
    await server?.stop();
    server = null;
    await page.getByLabel('Commune de résidence de la famille').selectOption({ label: 'Andon' });
    await page.getByRole('radio', { name: 'Visite à domicile' }).check();
    await page.getByRole('radio', { name: 'Personne seule' }).check();
    await page.getByRole('radio', { name: '0', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Logement', exact: true }).check();
    await page.getByRole('radio', { name: 'Informé' }).check();
    await page.getByRole('radio', { name: 'Moins de 15 min' }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Activité enregistrée').waitFor();
    await first.crash();

    const second = await launchKillableChromium(profile);
    try {
      const again = second.browser.contexts()[0];
      if (!again) throw new Error('no default context');
      const tab = await again.newPage();
      await tab.goto(`${base}/activite`);
      await expect.poll(() => tab.locator('.log-row').count(), { timeout: 20_000 }).toBe(1);
      expect(await tab.locator('.badge').allTextContents()).toEqual(['En attente']);

      await start();
      await tab.getByRole('button', { name: 'Synchroniser' }).click();
      await expect
        .poll(() => tab.locator('.badge').allTextContents(), { timeout: 20_000 })
        .toEqual(['Synchronisée']);
      const onServer = await serverLogs(base, 'agent.demo');
      expect(onServer).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
