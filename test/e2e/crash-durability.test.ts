import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2eServer, openSignedInApp } from './support/e2e-server';
import { launchKillableChromium } from './support/killable-chromium';
import { recordQuickLog } from './support/log-form';
import { serverLogs } from './support/sign-in';

/**
 * SIGKILL of the browser right after the message: the message must come after the commit.
 * (A killed process keeps what the OS already has; an OS crash or power cut is what the worker
 * database's "strict" durability is for, which a test here cannot produce.)
 */
describe('a saved log survives a browser crash (SIGKILL right after "Activité enregistrée")', () => {
  const server = new E2eServer('crash');
  const profile = mkdtempSync(join(tmpdir(), 'reperes-profile-'));

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('keeps the log on the device through the crash, then sends it once', async () => {
    const first = await launchKillableChromium(profile);
    const context = first.browser.contexts()[0];
    if (!context) throw new Error('no default context');
    const page = await openSignedInApp(context, server.base);
    await server.stop();
    await recordQuickLog(page, 'Andon');
    await first.crash();

    const second = await launchKillableChromium(profile);
    try {
      const again = second.browser.contexts()[0];
      if (!again) throw new Error('no default context');
      const tab = await again.newPage();
      await tab.goto(`${server.base}/activite`);
      await expect.poll(() => tab.locator('.log-row').count(), { timeout: 20_000 }).toBe(1);
      expect(await tab.locator('.badge').allTextContents()).toEqual(['En attente']);

      await server.start();
      await tab.getByRole('button', { name: 'Synchroniser' }).click();
      await expect
        .poll(() => tab.locator('.badge').allTextContents(), { timeout: 20_000 })
        .toEqual(['Synchronisée']);
      const onServer = await serverLogs(server.base, 'agent.demo');
      expect(onServer).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
