import type { Page } from 'playwright-core';

/** Fills the log form with the fewest taps, as a worker in a hurry would, and saves. */
export async function recordQuickLog(page: Page, commune: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('link', { name: 'Nouvelle activité' }).click();
  await page.getByLabel('Commune de résidence de la famille').selectOption({ label: commune });
  await page.getByRole('radio', { name: 'Accueil sur place' }).check();
  await page.getByRole('radio', { name: 'Couple avec enfants' }).check();
  await page.getByRole('radio', { name: '3 et plus' }).check();
  await page.getByRole('checkbox', { name: 'Jeunesse', exact: true }).check();
  await page.getByRole('radio', { name: 'Démarche faite ensemble' }).check();
  await page.getByRole('radio', { name: 'Plus d' }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Activité enregistrée').waitFor();
}
