import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/server/store/sqlite-store';

const child = fileURLToPath(new URL('./support/durability-child.ts', import.meta.url));

/** Starts the child, collects the ids it acknowledges and SIGKILLs it once `killAfter` arrived. */
function runAndKill(file: string, total: number, killAfter: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, file, String(total)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: string[] = [];
    let pending = '';
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    proc.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      acknowledged.push(...lines);
      if (acknowledged.length >= killAfter) proc.kill('SIGKILL');
    });
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`child ended (code ${code}) before being killed:\n${stderr}`));
    });
  });
}

/**
 * The closest to a power cut available here: the writer is killed without any chance to flush
 * or close. This proves that an id is acknowledged only after its commit, not that the commit
 * reached the disk (the OS page cache survives a SIGKILL); that part rests on synchronous=FULL,
 * checked in store-sqlite.test.ts.
 */
describe('SQLite store durability under SIGKILL', () => {
  let dir = '';
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every report it acknowledged before being killed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'reperes-durability-'));
    const file = join(dir, 'reperes.db');
    const acknowledged = await runAndKill(file, 100_000, 50);
    expect(acknowledged.length).toBeGreaterThanOrEqual(50);
    expect(acknowledged.length).toBeLessThan(100_000);

    const store = openSqliteStore(file);
    try {
      const results = await store.saveReports(
        'territoire-a',
        acknowledged.map((id) => ({
          id,
          serviceId: 'caf-lyon',
          packVersion: 'v1',
          reason: 'telephone' as const,
          day: '2025-01-15',
        })),
      );
      // Resending the same report must find it stored: "duplicate", never "accepted".
      expect(results.filter((r) => r.status !== 'duplicate')).toEqual([]);
      expect(await store.countReports('territoire-a')).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      await store.close();
    }
  });
});
