import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../support/chromium-path';
import { freePort } from '../../support/free-port';

export interface KillableChromium {
  browser: Browser;
  /** SIGKILL: no shutdown, no flush — what a crash or a dead battery does. */
  crash: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * A Chromium we start ourselves on a persistent profile, so that the test can kill it with
 * SIGKILL and start it again on the same profile; Playwright drives it over CDP.
 */
export async function launchKillableChromium(userDataDir: string): Promise<KillableChromium> {
  const executable = chromiumPath();
  if (!executable) throw new Error('Chromium introuvable (CHROME_PATH).');
  const port = await freePort();
  const child: ChildProcess = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      `--user-data-dir=${userDataDir}`,
      `--remote-debugging-port=${port}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 30_000;
  let browser: Browser | null = null;
  while (!browser) {
    try {
      browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const exited = once(child, 'exit');
  return {
    browser,
    crash: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    close: async () => {
      await browser?.close().catch(() => undefined);
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
