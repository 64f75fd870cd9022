import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port';
import { type RunningServer, startServer } from '../support/server-process';
import {
  collectPageErrors,
  launchChromium,
  newTabletContext,
  waitForServiceWorkerControl,
} from './support/browser';
import { resultCount } from './support/directory';
import { APP_V1, DEMO_PACK } from './support/paths';
import { signInThroughForm } from './support/sign-in';

/**
 * The walking skeleton through every layer: server → pack in IndexedDB → offline reload with
 * the server really stopped → a record made offline reaches the server database once.
 */
describe('offline walking skeleton (Chromium, server stopped for real)', () => {
  let browser: Browser;
  let server: RunningServer | null = null;
  let port: number;
  const dataDir = mkdtempSync(join(tmpdir(), 'reperes-e2e-'));
  const start = async () => {
    server = await startServer({ port, dataDir, staticDir: APP_V1, demoPackFile: DEMO_PACK });
  };

  beforeAll(async () => {
    port = await freePort();
    await start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('installs, works offline after one visit, and delivers an offline record exactly once', async () => {
    const context = await newTabletContext(browser);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const base = `http://localhost:${port}`;

    await page.goto(`${base}/annuaire`);
    await waitForServiceWorkerControl(page);
    const links = page.locator('.service-list a');
    await expect.poll(() => resultCount(page), { timeout: 30_000 }).toBeGreaterThan(100);
    const count = await resultCount(page);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('En ligne');
    expect(await page.getByText('Données de démonstration').count()).toBe(1);
    expect(errors, 'no console error on a clean load').toEqual([]);

    // Installable: Chromium's own check of the manifest, icons and service worker.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: Array<{ errorId: string }>;
    };
    // Playwright's contexts are incognito profiles, which Chromium never offers to install;
    // every other criterion (manifest, icons, service worker, secure context) must pass.
    const errorIds = installabilityErrors
      .map((e) => e.errorId)
      .filter((id) => id !== 'in-incognito');
    expect(errorIds).toEqual([]);
    const manifest = (await (await fetch(`${base}/manifest.webmanifest`)).json()) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      short_name: 'Repères',
      lang: 'fr',
      display: 'standalone',
      start_url: '/',
    });

    // Corrections are sent under a worker's session: sign in while the server is there.
    await signInThroughForm(page, base, 'agent.demo');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mon activité' })
      .waitFor();
    await page.goto(`${base}/annuaire`);
    await expect.poll(() => resultCount(page)).toBe(count);

    // Stop the server: the service worker's own fetches fail too, unlike setOffline alone.
    await server?.stop();
    server = null;
    await page.reload();
    await expect.poll(() => resultCount(page), { timeout: 15_000 }).toBe(count);
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/injoignable|Hors ligne/);

    // A deep link never visited before opens offline from the precached shell.
    await page.goto(`${base}/familles`);
    await expect.poll(() => resultCount(page)).toBe(count);

    // A record made while the server is down is saved on the device first.
    await page.goto(`${base}/annuaire`);
    const firstName = (await links.first().textContent()) ?? '';
    await links.first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(firstName);
    await page.getByLabel('Ce qui est à corriger').selectOption('horaires');
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await expect.poll(() => page.locator('.form-outcome').textContent()).toContain('enregistré');
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('1 envoi(s) en attente');

    // The server comes back: one sync, and the record is in its database exactly once.
    await start();
    await page.getByRole('button', { name: 'Synchroniser' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 })
      .not.toContain('en attente');
    await page.getByRole('button', { name: 'Synchroniser' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('En ligne');
    const db = new Database(join(dataDir, 'reperes.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT reason, territory_id FROM reports').all();
    db.close();
    expect(rows).toEqual([{ reason: 'horaires', territory_id: 'capg' }]);
    await context.close();
  });
});
