import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/server/store/sqlite-store';
import { minimalPack } from '../fixtures/minimal-pack';

function run(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, ...env },
      stdio: 'pipe',
    });
    return { code: 0, output: stdout.toString() };
  } catch (error) {
    const e = error as { status: number; stdout: Buffer; stderr: Buffer };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

function writePack(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'reperes-cli-')), 'pack.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('pack:check', () => {
  it('validates the demo pack compiled from src/content', () => {
    const { code, output } = run('src/cli/pack-check.ts', []);
    expect(code).toBe(0);
    expect(output).toMatch(/valide — version .*, 23 communes, \d+ structures, \d+ services/);
  });

  it('lists every problem of a bad pack with its path and exits 1', () => {
    const pack = minimalPack();
    (pack.services[0] as { courriel: string }).courriel = 'nope';
    (pack.communes[0] as { population: number }).population = -1;
    const { code, output } = run('src/cli/pack-check.ts', [writePack(pack)]);
    expect(code).toBe(1);
    expect(output).toContain('2 problème(s)');
    expect(output).toContain('services.0.courriel — adresse électronique invalide');
    expect(output).toContain('communes.0.population');
  });

  it('says so when the file is not JSON', () => {
    const { code, output } = run('src/cli/pack-check.ts', [writePack('{oops')]);
    expect(code).toBe(1);
    expect(output).toContain('JSON invalide');
  });
});

describe('pack:publish', () => {
  it('publishes a valid pack once, refuses the same version again, and keeps both versions', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'reperes-pub-'));
    const env = { REPERES_DATA_DIR: dataDir };
    expect(
      run('src/cli/pack-publish.ts', [writePack(minimalPack({ version: 'p1' }))], env).code,
    ).toBe(0);
    const again = run(
      'src/cli/pack-publish.ts',
      [writePack(minimalPack({ version: 'p1', services: 2 }))],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.output).toContain('déjà publiée');
    expect(
      run('src/cli/pack-publish.ts', [writePack(minimalPack({ version: 'p2' }))], env).code,
    ).toBe(0);
    const store = openSqliteStore(join(dataDir, 'reperes.sqlite'));
    expect((await store.listPacks('capg')).map((p) => [p.version, p.size > 0])).toEqual([
      ['p2', true],
      ['p1', true],
    ]);
    await store.close();
  });

  it('refuses an invalid pack, and a demo pack in production', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'reperes-pub-'));
    const broken = { ...minimalPack(), territory: { id: 'capg', name: 'x', epciSiren: '12' } };
    const bad = run('src/cli/pack-publish.ts', [writePack(broken)], { REPERES_DATA_DIR: dataDir });
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('territory.epciSiren');
    const demo = run('src/cli/pack-publish.ts', [writePack(minimalPack({ demo: true }))], {
      REPERES_DATA_DIR: dataDir,
      NODE_ENV: 'production',
    });
    expect(demo.code).toBe(1);
    expect(demo.output).toContain('démonstration');
  });
});
