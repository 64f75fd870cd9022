import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port';
import { type RunningServer, startServer } from '../support/server-process';
import { axeViolations } from './support/axe';
import { launchChromium, newTabletContext } from './support/browser';
import { APP_V1, DEMO_PACK } from './support/paths';

const VIEWPORTS = {
  tablet: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
};

describe('accessibility and security headers (Chromium)', () => {
  let browser: Browser;
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'reperes-e2e-a11y-'));
    server = await startServer({ port, dataDir, staticDir: APP_V1, demoPackFile: DEMO_PACK });
    base = `http://localhost:${port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openDirectory(page: Page) {
    await page.goto(`${base}/annuaire`);
    await expect
      .poll(() => page.locator('.service-list a').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
  }

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`has no WCAG 2.1 A/AA violation on each screen (${name})`, async () => {
      const context = await newTabletContext(browser, viewport);
      const page = await context.newPage();
      await openDirectory(page);
      const screens: Record<string, () => Promise<unknown>> = {
        accueil: () => page.goto(`${base}/`),
        annuaire: () => openDirectory(page),
        service: async () => {
          await page.locator('.service-list a').first().click();
          await page.getByRole('heading', { name: 'Contact' }).waitFor();
        },
        familles: () => openDirectory(page).then(() => page.goto(`${base}/familles`)),
        introuvable: () => page.goto(`${base}/nulle-part`),
        connexion: () => page.goto(`${base}/connexion`),
      };
      for (const [screen, open] of Object.entries(screens)) {
        await open();
        await page.locator('main h1').first().waitFor();
        expect(await axeViolations(page), `${screen} (${name})`).toEqual([]);
      }
      await context.close();
    });
  }

  it('reaches every control with the keyboard, focus visible, and touch targets of 44 px', async () => {
    const context = await newTabletContext(browser);
    const page = await context.newPage();
    await openDirectory(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll('button, .button, .main-nav a, select')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.height < 44 || r.width < 44)).length,
    );
    expect(small).toBe(0);
    // Keyboard only: tab to the first service and open it with Enter.
    const first = page.locator('.service-list a').first();
    await first.focus();
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Contact' }).waitFor();
    await context.close();
  });

  it('sends the security headers on pages, assets and the API', async () => {
    const page = await fetch(`${base}/`);
    const html = await page.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const responses = {
      page,
      asset: await fetch(`${base}${asset}`),
      sw: await fetch(`${base}/sw.js`),
      manifest: await fetch(`${base}/manifest.webmanifest`),
      api: await fetch(`${base}/api/health`),
    };
    for (const [what, response] of Object.entries(responses)) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, what).toContain("default-src 'self'");
      expect(csp, what).toContain("object-src 'none'");
      expect(csp, what).toContain("base-uri 'none'");
      expect(csp, what).toContain("frame-ancestors 'none'");
      expect(csp, what).toContain("worker-src 'self'");
      expect(csp, what).not.toMatch(/unsafe-(eval|inline)/);
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
    }
    expect(responses.page.headers.get('cache-control')).toBe('no-cache');
    expect(responses.sw.headers.get('cache-control')).toBe('no-cache');
    expect(responses.manifest.headers.get('cache-control')).toBe('no-cache');
    expect(responses.asset.headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(responses.api.headers.get('cache-control')).toBe('no-store');
  });
});
