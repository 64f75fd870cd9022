import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { freePort } from '../../support/free-port';
import { type RunningServer, startServer } from '../../support/server-process';
import { waitForServiceWorkerControl } from './browser';
import { waitForResults } from './directory';
import { APP_V1, DEMO_PACK } from './paths';
import { signInThroughForm } from './sign-in';

/**
 * The real server on one port and one data folder for a whole test file, which tests stop and
 * start again (the browser keeps talking to the same origin).
 */
export class E2eServer {
  private running: RunningServer | null = null;
  private port = 0;
  private readonly dataDir: string;

  constructor(name: string) {
    this.dataDir = mkdtempSync(join(tmpdir(), `reperes-e2e-${name}-`));
  }

  get base(): string {
    return `http://localhost:${this.port}`;
  }

  get isRunning(): boolean {
    return this.running !== null;
  }

  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePort();
    this.running = await startServer({
      port: this.port,
      dataDir: this.dataDir,
      staticDir: APP_V1,
      demoPackFile: DEMO_PACK,
    });
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await this.running?.stop(signal);
    this.running = null;
  }
}

/** A first visit as a worker would make it: app installed, pack loaded, signed in online. */
export async function openSignedInApp(
  context: BrowserContext,
  base: string,
  username = 'agent.demo',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/annuaire`);
  await waitForServiceWorkerControl(page);
  await waitForResults(page, 150);
  await signInThroughForm(page, base, username);
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Mon activité' })
    .waitFor();
  return page;
}
