import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newTabletContext } from './support/browser';
import { E2eServer, openSignedInApp } from './support/e2e-server';
import { recordQuickLog } from './support/log-form';
import { serverLogs } from './support/sign-in';

describe('two tabs syncing at once, one reloaded mid-sync (Chromium)', () => {
  let browser: Browser;
  const server = new E2eServer('tabs');

  beforeAll(async () => {
    await server.start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  it('delivers every confirmed log exactly once', async () => {
    const context = await newTabletContext(browser);
    const first = await openSignedInApp(context, server.base);
    const second = await context.newPage();
    await second.goto(`${server.base}/`);

    await server.stop();
    await recordQuickLog(first, 'Cabris');
    await recordQuickLog(second, 'Gars');
    await recordQuickLog(first, 'Andon');

    await server.start();
    const sync = (page: Page) => page.getByRole('button', { name: 'Synchroniser' }).click();
    await Promise.all([sync(first), sync(second), first.reload()]);
    await sync(second);
    await second
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mon activité' })
      .click();
    await expect
      .poll(
        async () => {
          await sync(second);
          return second.locator('.badge').allTextContents();
        },
        { timeout: 30_000 },
      )
      .toEqual(['Synchronisée', 'Synchronisée', 'Synchronisée']);
    const onServer = await serverLogs(server.base, 'agent.demo');
    expect(onServer).toHaveLength(3);
    expect(new Set(onServer.map((l) => l.id)).size).toBe(3);
    await context.close();
  });
});
