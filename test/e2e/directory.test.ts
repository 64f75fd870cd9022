import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port';
import { type RunningServer, startServer } from '../support/server-process';
import { axeViolations } from './support/axe';
import { launchChromium, newTabletContext, waitForServiceWorkerControl } from './support/browser';
import { resultCount, waitForResults } from './support/directory';
import { APP_V1, DEMO_PACK } from './support/paths';

/** Everything here runs with the server stopped: the directory must work with no network. */
describe('the offline directory (Chromium, server stopped)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let server: RunningServer | null;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://localhost:${port}`;
    server = await startServer({
      port,
      dataDir: mkdtempSync(join(tmpdir(), 'reperes-e2e-dir-')),
      staticDir: APP_V1,
      demoPackFile: DEMO_PACK,
    });
    browser = await launchChromium();
    context = await newTabletContext(browser);
    page = await context.newPage();
    await page.goto(`${base}/annuaire`);
    await waitForServiceWorkerControl(page);
    await waitForResults(page, 150);
    await server.stop();
    server = null;
    await page.reload();
    await waitForResults(page, 150);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const searchbox = () => page.getByRole('searchbox', { name: 'Rechercher un service' });
  const firstResult = () => page.locator('.service-list a').first();

  it('finds services as the user types, without accents and with a typo', async () => {
    const all = await resultCount(page);
    await searchbox().fill('creche');
    await expect.poll(() => firstResult().textContent()).toMatch(/Crèche/);
    expect(await resultCount(page)).toBeLessThan(all);
    await searchbox().fill('logemnt');
    await expect.poll(() => firstResult().textContent()).toMatch(/[Ll]ogement/);
    await searchbox().fill("l'accueil de loisirs");
    await expect.poll(() => firstResult().textContent()).toMatch(/[Aa]ccueil de loisirs/);
  });

  it('filters by commune, orders by distance, and keeps the search in the URL', async () => {
    await searchbox().fill('');
    await expect.poll(() => resultCount(page)).toBeGreaterThan(150);
    const all = await resultCount(page);
    await page.getByRole('combobox', { name: 'Commune' }).selectOption({ label: 'Saint-Auban' });
    await expect.poll(() => page.url()).toContain('commune=06116');
    await expect.poll(() => resultCount(page)).toBeLessThan(all);
    const inSaintAuban = await resultCount(page);
    expect(inSaintAuban).toBeGreaterThanOrEqual(6);
    await page.getByRole('combobox', { name: 'Trier par' }).selectOption('distance');
    await expect.poll(() => page.url()).toContain('depuis=06116');
    await expect
      .poll(() => page.locator('.service-meta').first().textContent())
      .toContain('à vol d’oiseau');
    const metas = await page.locator('.service-meta').allTextContents();
    const km = metas.flatMap((m) => {
      const match = /(\d+(?:,\d)?) (km|m) à vol/.exec(m);
      return match?.[1] ? [Number(match[1].replace(',', '.')) / (match[2] === 'm' ? 1000 : 1)] : [];
    });
    expect(km.length).toBeGreaterThan(3);
    expect(km).toEqual([...km].sort((a, b) => a - b));

    // A bookmarked search opens as it was left.
    await page.reload();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Commune' }).inputValue())
      .toBe('06116');
    await expect.poll(() => resultCount(page)).toBe(inSaintAuban);
    await page.getByRole('checkbox', { name: 'Gratuit' }).check();
    await expect.poll(() => page.url()).toContain('gratuit=1');
    expect(await resultCount(page)).toBeLessThanOrEqual(inSaintAuban);
  });

  it('opens a service page with every detail, offline, and remembers it', async () => {
    const name = (await firstResult().textContent()) ?? '';
    await firstResult().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await page.getByText('Pour qui').count()).toBe(1);
    expect(await page.getByText('Comment en bénéficier').count()).toBe(1);
    expect(await page.getByText(/Informations mises à jour le/).count()).toBe(1);
    await page.getByRole('button', { name: /Ajouter aux favoris/ }).click();
    await page.getByRole('button', { name: /Retirer des favoris/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/annuaire`);
    const favourites = page.getByRole('region', { name: 'Mes services favoris' });
    await expect.poll(() => favourites.getByRole('link').allTextContents()).toEqual([name]);
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Consultés récemment' })
          .getByRole('link')
          .first()
          .textContent(),
      )
      .toBe(name);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets a family search without leaving a trace, and resets with "Terminer"', async () => {
    await page.getByRole('link', { name: 'Espace familles' }).click();
    await page.getByRole('link', { name: /115/ }).waitFor();
    const historyBefore = await page.evaluate(() => history.length);
    await searchbox().pressSequentially('mission locale', { delay: 20 });
    await expect.poll(() => firstResult().textContent()).toMatch(/[Mm]ission locale/);
    expect(page.url()).toBe(`${base}/familles`);
    await firstResult().click();
    await page.getByRole('link', { name: "Retour à l'annuaire" }).click();
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(await searchbox().inputValue()).toBe('mission locale');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Terminer' }).click();
    await expect.poll(() => searchbox().inputValue()).toBe('');
    expect(
      await page.evaluate(
        () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
      ),
    ).toBe('{}{}');
  });

  it('starts afresh after a few minutes without a touch', async () => {
    // Same profile (its service worker and data), another tab with a controllable clock.
    const tab = await context.newPage();
    await tab.clock.install();
    await tab.goto(`${base}/familles`);
    const box = tab.getByRole('searchbox', { name: 'Rechercher un service' });
    await box.fill('jeunesse');
    await tab.getByRole('button', { name: 'Agrandir le texte' }).click();
    expect(
      await tab.evaluate(() => document.documentElement.classList.contains('large-text')),
    ).toBe(true);
    await tab.clock.fastForward('03:10');
    await expect.poll(() => box.inputValue()).toBe('');
    await expect
      .poll(() => tab.evaluate(() => document.documentElement.classList.contains('large-text')))
      .toBe(false);
    await tab.close();
  });
});
