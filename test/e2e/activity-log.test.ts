import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchChromium, newTabletContext } from './support/browser';
import { E2eServer, openSignedInApp } from './support/e2e-server';
import { DEMO_PASSWORD, serverLogs, signInThroughForm } from './support/sign-in';

async function fillLog(page: Page, note: string): Promise<void> {
  await page
    .getByLabel('Commune de résidence de la famille')
    .selectOption({ label: 'Saint-Auban' });
  await page.getByRole('radio', { name: 'Permanence' }).check();
  await page.getByRole('radio', { name: 'Parent seul' }).check();
  await page.getByRole('radio', { name: '2', exact: true }).check();
  await page.getByRole('checkbox', { name: '3 à 5 ans' }).check();
  await page.getByRole('checkbox', { name: '6 à 11 ans' }).check();
  await page.getByRole('checkbox', { name: 'Petite enfance', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Accès aux droits', exact: true }).check();
  await page.getByLabel("Chercher un service de l'annuaire").fill('relais petite enfance');
  await page
    .getByRole('button', { name: /^Ajouter : / })
    .first()
    .click();
  await page.getByRole('radio', { name: 'Orienté' }).check();
  await page.getByRole('radio', { name: '15 à 30 min' }).check();
  await page.getByLabel('Note').fill(note);
}

describe('accounts and activity logs (Chromium, offline)', () => {
  let browser: Browser;
  const server = new E2eServer('logs');
  const start = () => server.start();
  const stop = () => server.stop();
  let base: string;

  beforeAll(async () => {
    await server.start();
    base = server.base;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  it('records offline after one online sign-in, and the server receives each log once', async () => {
    const context = await newTabletContext(browser);
    const page = await openSignedInApp(context, base);
    expect(await axeViolations(page)).toEqual([]);

    await stop();
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Nouvelle activité' })
      .click();
    await page.getByRole('heading', { name: 'Nouvelle activité' }).waitFor();
    await fillLog(page, 'Mme Dupont, rappeler au 06 12 34 56 78');
    await expect.poll(() => page.locator('#log-note-problems li').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Enregistrer' }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Note').fill('rappeler le 12/05');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Activité enregistrée sur la tablette').waitFor();

    // A second one, to check the set on the server.
    await fillLog(page, '');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('2 envoi(s) en attente');

    await page.reload();
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mon activité' })
      .click();
    await expect.poll(() => page.locator('.log-row').count()).toBe(2);
    expect(await page.locator('.badge').allTextContents()).toEqual(['En attente', 'En attente']);
    expect(await axeViolations(page)).toEqual([]);

    // Offline: the same worker unlocks with the device's verifier; another worker cannot.
    await page.getByRole('button', { name: /Se déconnecter/ }).click();
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Se connecter' })
      .waitFor();
    await signInThroughForm(page, base, 'agent2.demo');
    await page.getByText('la première connexion nécessite le réseau').waitFor();
    await signInThroughForm(page, base, 'agent.demo', 'wrong-password');
    await page.getByText('Mot de passe incorrect').waitFor();
    await signInThroughForm(page, base, 'agent.demo');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mon activité' })
      .waitFor();

    // Signed out and back in without network: no session on the server yet. The logs wait,
    // and the status asks for the password once the server is back.
    await start();
    await page.getByRole('button', { name: 'Synchroniser' }).click();
    await page.getByRole('link', { name: 'Reconnectez-vous pour envoyer vos activités' }).click();
    await page.getByLabel('Identifiant').fill('agent.demo');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 })
      .not.toContain('en attente');
    await page.getByRole('button', { name: 'Synchroniser' }).click();
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mon activité' })
      .click();
    await expect
      .poll(() => page.locator('.badge').allTextContents())
      .toEqual(['Synchronisée', 'Synchronisée']);
    const onServer = await serverLogs(base, 'agent.demo');
    expect(onServer).toHaveLength(2);
    expect(new Set(onServer.map((l) => l.id)).size).toBe(2);
    await context.close();
  });

  it('locks the tablet in the family view until a worker signs out of kiosk mode', async () => {
    if (!server.isRunning) await start();
    const context = await newTabletContext(browser);
    const page = await openSignedInApp(context, base);
    await page.getByRole('button', { name: 'Mode borne' }).click();
    await page.getByRole('button', { name: 'Terminer' }).waitFor();
    await page.goto(`${base}/activite`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/familles');
    await page.reload();
    expect(
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Mon activité' })
        .count(),
    ).toBe(0);
    await page.getByRole('button', { name: 'Quitter le mode borne' }).click();
    await page.getByLabel('Identifiant').fill('agent.demo');
    await page.getByLabel('Mot de passe').fill('pas-le-bon');
    await page.getByRole('button', { name: 'Quitter', exact: true }).click();
    await page.getByText('Identifiant ou mot de passe incorrect').waitFor();
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Quitter', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mon activité' })
      .waitFor();
    await context.close();
  });
});
