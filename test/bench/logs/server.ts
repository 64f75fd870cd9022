import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../../e2e/support/sign-in';
import { freePort } from '../../support/free-port';
import { startServer } from '../../support/server-process';

export interface BenchServer {
  url: string;
  dataDir: string;
}

export interface LogsServerFiles {
  staticDir: string;
  demoPackFile: string;
}

/** Runs `fn` against a real server on a fresh SQLite file (in the temp dir), then stops it. */
export async function withServer<T>(
  files: LogsServerFiles,
  fn: (server: BenchServer) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reperes-logs-bench-'));
  const server = await startServer({ port: await freePort(), dataDir, ...files });
  try {
    return await fn({ url: server.url, dataDir });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A session of the demo worker, as the device gets one. */
export async function signIn(url: string): Promise<{ token: string; userId: string }> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'agent.demo', password: DEMO_PASSWORD }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`sign-in: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { token: string; user: { id: string } };
  return { token: body.token, userId: body.user.id };
}
