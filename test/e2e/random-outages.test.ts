import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newTabletContext } from './support/browser';
import { E2eServer, openSignedInApp } from './support/e2e-server';
import { recordQuickLog } from './support/log-form';
import { serverLogs } from './support/sign-in';

/** mulberry32: a small seeded generator, so a failing run can be replayed with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.REPERES_E2E_SEED ?? Date.now() % 1_000_000);
const STEPS = Number(process.env.REPERES_E2E_STEPS ?? 8);
const COMMUNES = [
  'Grasse',
  'Cabris',
  'Andon',
  'Séranon',
  'Caille',
  'Gars',
  'Amirat',
  'Escragnolles',
];

describe(`the server stopped and started at random moments (Chromium, seed ${SEED})`, () => {
  let browser: Browser;
  const server = new E2eServer('random');

  beforeAll(async () => {
    await server.start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  it('ends with every confirmed log on the server exactly once', async () => {
    console.log(`random outages: seed ${SEED} (replay with REPERES_E2E_SEED=${SEED})`);
    const next = random(SEED);
    const context = await newTabletContext(browser);
    const page = await openSignedInApp(context, server.base);
    let confirmed = 0;
    for (let step = 0; step < STEPS; step++) {
      const roll = next();
      if (roll < 0.25 && server.isRunning) await server.stop(next() < 0.5 ? 'SIGKILL' : 'SIGTERM');
      else if (roll < 0.45 && !server.isRunning) await server.start();
      await recordQuickLog(page, COMMUNES[Math.floor(next() * COMMUNES.length)] ?? 'Grasse');
      confirmed++;
      if (next() < 0.5) await page.getByRole('button', { name: 'Synchroniser' }).click();
      if (next() < 0.2) await page.reload();
    }
    if (!server.isRunning) await server.start();
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mon activité' })
      .click();
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Synchroniser' }).click();
          return (await page.locator('.badge').allTextContents()).filter(
            (b) => b === 'Synchronisée',
          ).length;
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe(confirmed);
    const onServer = await serverLogs(server.base, 'agent.demo');
    expect(onServer).toHaveLength(confirmed);
    expect(new Set(onServer.map((l) => l.id)).size).toBe(confirmed);
    await context.close();
  });
});
