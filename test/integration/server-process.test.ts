import { mkdtempSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/server/auth/password';
import { minimalPack } from '../fixtures/minimal-pack';
import { freePort } from '../support/free-port';
import { runServerToExit, startServer } from '../support/server-process';

function packFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'reperes-pack-')), 'pack.json');
  writeFileSync(file, JSON.stringify(minimalPack({ version: 'demo-test' })));
  return file;
}

function demoHashes(dataDir: string): Record<string, string> {
  const db = new Database(join(dataDir, 'reperes.sqlite'), { readonly: true });
  const rows = db
    .prepare('SELECT username, password_hash FROM users ORDER BY username')
    .all() as Array<{
    username: string;
    password_hash: string;
  }>;
  db.close();
  return Object.fromEntries(rows.map((r) => [r.username, r.password_hash]));
}

describe('the server process (src/server/main.ts)', () => {
  it('says the port is taken and exits with code 4', async () => {
    const port = await freePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    try {
      const dataDir = mkdtempSync(join(tmpdir(), 'reperes-port-'));
      const { code, output } = await runServerToExit({
        PORT: String(port),
        REPERES_DATA_DIR: dataDir,
        REPERES_DEMO_PACK: packFile(),
        REPERES_DEMO_PASSWORD: 'x-password',
      });
      expect(code).toBe(4);
      expect(output).toContain(`le port ${port} est déjà utilisé`);
    } finally {
      blocker.close();
    }
  });

  it('says the data folder is not writable and exits with code 3', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'reperes-file-')), 'not-a-folder');
    writeFileSync(file, '');
    const { code, output } = await runServerToExit({
      PORT: '0',
      REPERES_DATA_DIR: join(file, 'data'),
    });
    expect(code).toBe(3);
    expect(output).toContain("n'est pas accessible en écriture");
  });

  it('refuses to start on a database with a newer schema (code 5)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'reperes-schema-'));
    const db = new Database(join(dataDir, 'reperes.sqlite'));
    db.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    db.prepare('INSERT INTO schema_migrations VALUES (999, ?, ?)').run(
      'future',
      new Date().toISOString(),
    );
    db.close();
    const { code, output } = await runServerToExit({ PORT: '0', REPERES_DATA_DIR: dataDir });
    expect(code).toBe(5);
    expect(output).toContain('schéma 999');
  });

  it('creates demo accounts with a random password printed once, then keeps it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'reperes-demo-'));
    const env = { REPERES_DEMO_PASSWORD: '' };
    const port = await freePort();
    const first = await startServer({ port, dataDir, demoPackFile: packFile(), env });
    await first.stop();
    const password = /mot de passe : (\S+)/.exec(first.output())?.[1] ?? '';
    expect(password).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
    const hashes = demoHashes(dataDir);
    expect(Object.keys(hashes)).toEqual([
      'admin.demo',
      'agent.demo',
      'agent2.demo',
      'coordination.demo',
    ]);
    expect(first.output()).toContain('agent.demo, agent2.demo, coordination.demo, admin.demo');
    expect(await verifyPassword(password, hashes['agent.demo'] ?? '')).toBe(true);
    expect(await verifyPassword(password, hashes['agent2.demo'] ?? '')).toBe(true);

    const second = await startServer({ port, dataDir, demoPackFile: packFile(), env });
    expect(await second.stop()).toBe(0);
    expect(second.output()).not.toContain('mot de passe');
    expect(demoHashes(dataDir)).toEqual(hashes);

    const third = await startServer({
      port,
      dataDir,
      demoPackFile: packFile(),
      env: { REPERES_DEMO_PASSWORD: 'chosen-one' },
    });
    await third.stop();
    const after = demoHashes(dataDir);
    expect(await verifyPassword('chosen-one', after['coordination.demo'] ?? '')).toBe(true);
    expect(await verifyPassword(password, after['coordination.demo'] ?? '')).toBe(false);
  });

  it('lets a demo worker sign in over real HTTP and read their logs', async () => {
    const server = await startServer({
      port: await freePort(),
      dataDir: mkdtempSync(join(tmpdir(), 'reperes-signin-')),
      demoPackFile: packFile(),
      env: { REPERES_DEMO_PASSWORD: 'mot-de-passe-demo' },
    });
    try {
      const response = await fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'agent2.demo', password: 'mot-de-passe-demo' }),
      });
      expect(response.status).toBe(200);
      const { token, user } = (await response.json()) as { token: string; user: unknown };
      expect(user).toMatchObject({ role: 'worker', organisation: 'Centre social (démonstration)' });
      const mine = await fetch(`${server.url}/api/logs/mine`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(await mine.json()).toEqual({ logs: [], nextCursor: null });
    } finally {
      await server.stop();
    }
  });

  it('has no demo accounts and no demo pack with NODE_ENV=production', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'reperes-prod-'));
    const server = await startServer({
      port: await freePort(),
      dataDir,
      demoPackFile: packFile(),
      env: { NODE_ENV: 'production', REPERES_DEMO_PASSWORD: 'ignored' },
    });
    expect((await fetch(`${server.url}/api/packs/current`)).status).toBe(404);
    await server.stop();
    expect(demoHashes(dataDir)).toEqual({});
  });

  it('stops accepting, closes the database and exits 0 on SIGTERM', async () => {
    const server = await startServer({
      port: await freePort(),
      dataDir: mkdtempSync(join(tmpdir(), 'reperes-term-')),
      demoPackFile: packFile(),
    });
    // A request served first (its log line printed), then the signal: a clean exit, code 0.
    const inFlight = new Promise<number>((resolve, reject) => {
      const request = httpGet(`${server.url}/api/packs/demo-test`, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      request.on('error', reject);
    });
    const connected = new Promise<void>((resolve) => {
      server.child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('GET /api/packs/demo-test')) resolve();
      });
    });
    await Promise.race([connected, inFlight]);
    const code = await server.stop('SIGTERM');
    expect(code).toBe(0);
    expect(await inFlight).toBe(200);
    expect(server.output()).toContain('SIGTERM reçu');
  });
});
