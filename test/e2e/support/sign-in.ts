import type { Page } from 'playwright-core';

/** The password every e2e server gives its demo accounts (see test/support/server-process.ts). */
export const DEMO_PASSWORD = 'demo-e2e-password';

/** Signs in through the form, as a worker would. */
export async function signInThroughForm(
  page: Page,
  base: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${base}/connexion`);
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** What the server holds of a worker's logs, through its own API. */
export async function serverLogs(
  base: string,
  username: string,
): Promise<Array<{ id: string; revision: number; cancelled: boolean }>> {
  const session = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const { token } = (await session.json()) as { token: string };
  const logs: Array<{ id: string; revision: number; cancelled: boolean }> = [];
  let cursor: string | null = null;
  do {
    const url = `${base}/api/logs/mine?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await (
      await fetch(url, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as {
      logs: Array<{ id: string; revision: number; cancelled: boolean }>;
      nextCursor: string | null;
    };
    logs.push(...page.logs);
    cursor = page.nextCursor;
  } while (cursor);
  return logs;
}
