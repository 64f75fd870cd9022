import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port';
import { type RunningServer, startServer } from '../support/server-process';
import { launchChromium, newTabletContext, waitForServiceWorkerControl } from './support/browser';
import { APP_V1, APP_V2, DEMO_PACK } from './support/paths';

describe('app update (Chromium)', () => {
  let browser: Browser;
  let server: RunningServer | null = null;
  let port: number;
  const dataDir = mkdtempSync(join(tmpdir(), 'reperes-e2e-update-'));

  beforeAll(async () => {
    port = await freePort();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('detects a rebuilt app and applies it only after the user accepts', async () => {
    server = await startServer({ port, dataDir, staticDir: APP_V1, demoPackFile: DEMO_PACK });
    const context = await newTabletContext(browser);
    const page = await context.newPage();
    await page.goto(`http://localhost:${port}/`);
    await waitForServiceWorkerControl(page);
    await expect.poll(() => page.locator('footer').textContent()).toContain('+e2e-1');

    // A new release is deployed: same data, rebuilt app.
    await server.stop();
    server = await startServer({ port, dataDir, staticDir: APP_V2, demoPackFile: DEMO_PACK });
    await page.reload();
    const banner = page.getByText('Une nouvelle version est disponible.');
    await banner.waitFor({ timeout: 30_000 });

    // Announced, not applied: the page still runs the old version and a worker is waiting.
    expect(await page.locator('footer').textContent()).toContain('+e2e-1');
    expect(
      await page.evaluate(async () =>
        Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
      ),
    ).toBe(true);

    // "Plus tard" keeps the old version; a reload still does not apply it.
    await page.getByRole('button', { name: 'Plus tard' }).click();
    await page.reload();
    await banner.waitFor();
    expect(await page.locator('footer').textContent()).toContain('+e2e-1');

    await page.getByRole('button', { name: 'Mettre à jour' }).click();
    await expect
      .poll(() => page.locator('footer').textContent(), { timeout: 30_000 })
      .toContain('+e2e-2');
    expect(await page.getByText('Une nouvelle version est disponible.').count()).toBe(0);
    await context.close();
  });
});
