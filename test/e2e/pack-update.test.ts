import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../src/shared/pack/pack-schema';
import { minimalPack } from '../fixtures/minimal-pack';
import { syntheticPack } from '../fixtures/synthetic-pack';
import { freePort } from '../support/free-port';
import { type RunningServer, startServer } from '../support/server-process';
import { launchChromium, newTabletContext, waitForServiceWorkerControl } from './support/browser';
import { resultCount } from './support/directory';
import { APP_V1, DEMO_PACK } from './support/paths';

/** Publishes through the real CLI, on the database of a server that may be stopped. */
function publish(dataDir: string, pack: Pack): void {
  const file = join(mkdtempSync(join(tmpdir(), 'reperes-pub-')), 'pack.json');
  writeFileSync(file, JSON.stringify(pack));
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/pack-publish.ts', file], {
    env: { ...process.env, REPERES_DATA_DIR: dataDir },
    stdio: 'pipe',
  });
}

/** Reads the active pack version straight from IndexedDB, as the app stores it. */
function activeVersion(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('reperes-reference');
        open.onsuccess = () => {
          const get = open.result
            .transaction('settings')
            .objectStore('settings')
            .get('active-pack');
          get.onsuccess = () => {
            resolve((get.result as { version?: string } | undefined)?.version ?? null);
            open.result.close();
          };
        };
      }),
  );
}

function installingVersions(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('reperes-reference');
        open.onsuccess = () => {
          const all = open.result.transaction('packs').objectStore('packs').getAll();
          all.onsuccess = () => {
            resolve(
              (all.result as Array<{ version: string; state: string }>)
                .filter((p) => p.state === 'installing')
                .map((p) => p.version),
            );
            open.result.close();
          };
        };
      }),
  );
}

describe('territory pack updates (Chromium)', () => {
  let browser: Browser;
  let server: RunningServer | null = null;
  let port: number;
  const dataDir = mkdtempSync(join(tmpdir(), 'reperes-e2e-pack-'));
  const start = async () => {
    server = await startServer({ port, dataDir, staticDir: APP_V1, demoPackFile: DEMO_PACK });
  };
  const stop = async () => {
    await server?.stop();
    server = null;
  };

  beforeAll(async () => {
    port = await freePort();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stop();
  });

  it('brings a pack published while the device was offline, and switches only on navigation', async () => {
    await start();
    const context = await newTabletContext(browser);
    const page = await context.newPage();
    const base = `http://localhost:${port}`;
    await page.goto(`${base}/annuaire`);
    await waitForServiceWorkerControl(page);
    await expect.poll(() => resultCount(page), { timeout: 30_000 }).toBeGreaterThan(100);
    const demoCount = await resultCount(page);
    const demoVersion = await activeVersion(page);

    // The device goes offline; meanwhile a new pack is published.
    await stop();
    await page.reload();
    publish(dataDir, minimalPack({ version: '2026.12.01-test', services: 7 }));
    await expect.poll(() => resultCount(page)).toBe(demoCount);

    // The network is back: the next sync installs it, but the list being read stays as it is.
    await start();
    await page.getByRole('button', { name: 'Synchroniser' }).click();
    await expect.poll(() => activeVersion(page), { timeout: 30_000 }).toBe('2026.12.01-test');
    await page.getByText('elles s’afficheront à la prochaine page').waitFor();
    expect(await resultCount(page)).toBe(demoCount);

    await page.getByRole('link', { name: 'Accueil', exact: true }).click();
    await page.getByRole('link', { name: 'Annuaire', exact: true }).click();
    await expect.poll(() => resultCount(page)).toBe(7);
    expect(await page.locator('footer').textContent()).toContain('2026.12.01-test');
    expect(demoVersion).not.toBe('2026.12.01-test');
    await context.close();
  });

  it('keeps the previous pack when an install is cut by a reload, then retries it', async () => {
    await stop();
    await start();
    const context = await newTabletContext(browser);
    const page = await context.newPage();
    const base = `http://localhost:${port}`;
    await page.goto(`${base}/annuaire`);
    await waitForServiceWorkerControl(page);
    await expect.poll(() => activeVersion(page), { timeout: 30_000 }).toBe('2026.12.01-test');
    await expect.poll(() => resultCount(page)).toBe(7);

    publish(dataDir, syntheticPack(30_000, '2026.12.02-big'));
    await page.getByRole('button', { name: 'Synchroniser' }).click();
    await expect
      .poll(() => installingVersions(page), { timeout: 30_000, interval: 20 })
      .toEqual(['2026.12.02-big']);

    // Cut it: the server goes away and the tab reloads in the middle of the import.
    await stop();
    await page.reload();
    await expect.poll(() => resultCount(page)).toBe(7);
    expect(await activeVersion(page)).toBe('2026.12.01-test');

    await start();
    await page.getByRole('button', { name: 'Synchroniser' }).click();
    await expect.poll(() => activeVersion(page), { timeout: 90_000 }).toBe('2026.12.02-big');
    expect(await installingVersions(page)).toEqual([]);
    await page.getByRole('link', { name: 'Accueil', exact: true }).click();
    await page.getByRole('link', { name: 'Annuaire', exact: true }).click();
    await expect.poll(() => resultCount(page), { timeout: 30_000 }).toBe(30_000);
    await context.close();
  });

  it('refuses a pack whose checksum does not match, says why, and keeps the active one', async () => {
    await stop();
    publish(dataDir, minimalPack({ version: '2026.12.03-test', services: 5 }));
    await start();
    const context = await newTabletContext(browser);
    const page = await context.newPage();
    await page.goto(`http://localhost:${port}/annuaire`);
    await expect.poll(() => activeVersion(page), { timeout: 30_000 }).toBe('2026.12.03-test');

    publish(dataDir, minimalPack({ version: '2026.12.04-test', services: 9 }));
    await page.route('**/api/packs/current', async (route) => {
      const response = await route.fetch();
      const manifest = (await response.json()) as { sha256: string };
      await route.fulfill({ response, json: { ...manifest, sha256: '0'.repeat(64) } });
    });
    await page.getByRole('button', { name: 'Synchroniser' }).click();
    await page.getByText('empreinte incorrecte').waitFor({ timeout: 30_000 });
    expect(await activeVersion(page)).toBe('2026.12.03-test');
    await expect.poll(() => resultCount(page)).toBe(5);
    await context.close();
  });
});
