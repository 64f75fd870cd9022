import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port';
import { type RunningServer, startServer } from '../support/server-process';
import { launchChromium, newTabletContext, waitForServiceWorkerControl } from './support/browser';
import { waitForResults } from './support/directory';
import { recordQuickLog } from './support/log-form';
import { APP_V1, DEMO_PACK } from './support/paths';
import { serverLogs, signInThroughForm } from './support/sign-in';

describe('two tabs syncing at once, one reloaded mid-sync (Chromium)', () => {
  let browser: Browser;
  let server: RunningServer | null = null;
  let port: number;
  let base: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'reperes-e2e-tabs-'));
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

  it('delivers every confirmed log exactly once', async () => {
    const context = await newTabletContext(browser);
    const first = await context.newPage();
    await first.goto(`${base}/annuaire`);
    await waitForServiceWorkerControl(first);
    await waitForResults(first, 150);
    await signInThroughForm(first, base, 'agent.demo');
    const navOf = (page: typeof first) =>
      page.getByRole('navigation', { name: 'Navigation principale' });
    await navOf(first).getByRole('link', { name: 'Mon activité' }).waitFor();
    const second = await context.newPage();
    await second.goto(`${base}/`);

    await server?.stop();
    server = null;
    await recordQuickLog(first, 'Cabris');
    await recordQuickLog(second, 'Gars');
    await recordQuickLog(first, 'Andon');

    await start();
    const sync = (page: typeof first) => page.getByRole('button', { name: 'Synchroniser' }).click();
    await Promise.all([sync(first), sync(second), first.reload()]);
    await sync(second);
    await navOf(second).getByRole('link', { name: 'Mon activité' }).click();
    await expect
      .poll(
        async () => {
          await sync(second);
          return second.locator('.badge').allTextContents();
        },
        { timeout: 30_000 },
      )
      .toEqual(['Synchronisée', 'Synchronisée', 'Synchronisée']);
    const onServer = await serverLogs(base, 'agent.demo');
    expect(onServer).toHaveLength(3);
    expect(new Set(onServer.map((l) => l.id)).size).toBe(3);
    await context.close();
  });
});
