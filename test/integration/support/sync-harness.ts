import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogDraft } from '../../../src/client/db/save-log';
import { WorkerDb } from '../../../src/client/db/worker-db';
import { minimalPack } from '../../fixtures/minimal-pack';
import { type FaultProxy, startFaultProxy } from '../../support/fault-proxy';
import { freePort } from '../../support/free-port';
import { type RunningServer, startServer } from '../../support/server-process';

const PASSWORD = process.env.REPERES_DEMO_PASSWORD || 'sync-faults-demo-password';
export const WORKER = 'agent.demo';

/** The real server on a temp data dir, behind a fault proxy; restartable on the same dir. */
export interface SyncRig {
  dataDir: string;
  server: RunningServer;
  proxy: FaultProxy;
  /** SIGKILL (or the given signal), then start again on the same port and data dir. */
  restart: (signal?: NodeJS.Signals) => Promise<void>;
  signIn: (username?: string) => Promise<{ token: string; userId: string }>;
  stop: () => Promise<void>;
}

export async function startRig(): Promise<SyncRig> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reperes-sync-'));
  const packFile = join(dataDir, 'demo-pack.json');
  writeFileSync(packFile, JSON.stringify(minimalPack({ version: 'demo-sync' })));
  const port = await freePort();
  const launch = () =>
    startServer({
      port,
      dataDir,
      demoPackFile: packFile,
      env: { REPERES_DEMO_PASSWORD: PASSWORD },
    });
  const rig: SyncRig = {
    dataDir,
    server: await launch(),
    proxy: await startFaultProxy(`http://127.0.0.1:${port}`),
    restart: async (signal = 'SIGKILL') => {
      await rig.server.stop(signal);
      rig.server = await launch();
    },
    signIn: async (username = WORKER) => {
      const response = await fetch(`${rig.server.url}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      if (response.status !== 200) throw new Error(`sign-in ${username}: ${response.status}`);
      const body = (await response.json()) as { token: string; user: { id: string } };
      return { token: body.token, userId: body.user.id };
    },
    stop: async () => {
      await rig.proxy.close();
      await rig.server.stop('SIGKILL');
    },
  };
  return rig;
}

let dbCount = 0;
/** A device: a WorkerDb on fake-indexeddb with the worker's account and token. */
export async function deviceFor(userId: string, token: string): Promise<WorkerDb> {
  const db = new WorkerDb(`sync-device-${process.pid}-${dbCount++}`);
  await db.accounts.put({
    userId,
    username: WORKER,
    name: 'Agent',
    role: 'worker',
    organisation: 'Centre social',
    verifier: { salt: '', iterations: 1, hash: '' },
    token,
    tokenExpiresAt: Date.now() + 3_600_000,
    lastSignInAt: Date.now(),
  });
  return db;
}

/** The client's fetch: relative URLs go through the proxy, and every request times out. */
export function timedFetch(baseUrl: string, timeoutMs = 2_000): typeof fetch {
  return ((input: string | URL | Request, init?: RequestInit) =>
    fetch(new URL(String(input), baseUrl), {
      ...init,
      signal: AbortSignal.timeout(timeoutMs),
    })) as typeof fetch;
}

const DAY_MS = 86_400_000;

/** A valid draft; `n` varies the content so that revisions differ. */
export function draft(n: number): LogDraft {
  return {
    day: new Date(Date.now() - (2 + (n % 20)) * DAY_MS).toISOString().slice(0, 10),
    commune: '06069',
    contactType: 'permanence',
    household: { profile: 'parent-seul', children: '2', childAgeBands: ['3-5'] },
    domains: ['petite-enfance'],
    rights: [],
    services: [],
    actions: [],
    outcome: 'oriente',
    duration: n % 2 === 0 ? '15-30' : '30-60',
    packVersion: `demo-sync-${n}`,
  };
}
