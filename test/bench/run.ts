/**
 * `npm run bench`: figures, not pass/fail. Each measurement is set against a baseline run in
 * the same session; results go to test/bench/results/. Never part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../e2e/support/browser';
import { syntheticPack } from '../fixtures/synthetic-pack';
import { type InstallFigure, measurePackInstall } from './pack-install-bench';

const work = resolve('.tmp/bench');
const staticDir = join(work, 'app');
mkdirSync(work, { recursive: true });
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    REPERES_BUILD_OUT: staticDir,
    REPERES_BUILD_ID: 'bench',
  },
});
const demoFile = join(work, 'capg-demo.json');
execFileSync(process.execPath, ['--import', 'tsx', 'src/content/write-demo-pack.ts', demoFile], {
  stdio: 'inherit',
});

const packs = [{ label: 'CAPG demo', file: demoFile }];
for (const count of [1_000, 10_000]) {
  const file = join(work, `synthetic-${count}.json`);
  writeFileSync(file, JSON.stringify(syntheticPack(count, `bench-${count}`)));
  packs.push({ label: `synthetic ${count}`, file });
}

const browser = await launchChromium();
const figures: Array<InstallFigure & { cpuThrottle: number }> = [];
try {
  for (const cpuThrottle of [1, 4]) {
    for (const pack of packs) {
      const bytes = readFileSync(pack.file);
      const services = (JSON.parse(bytes.toString()) as { services: unknown[] }).services.length;
      const figure = await measurePackInstall(browser, {
        label: pack.label,
        staticDir,
        packFile: pack.file,
        services,
        rawBytes: bytes.byteLength,
        cpuThrottle,
      });
      figures.push({ ...figure, cpuThrottle });
      console.log(
        `${pack.label.padEnd(18)} ×${cpuThrottle} CPU  app ${String(figure.appInstallMs).padStart(6)} ms (longest main task ${figure.appLongestMainTaskMs} ms)` +
          `  baseline ${String(figure.baselineMs).padStart(6)} ms (longest main task ${figure.baselineLongestMainTaskMs} ms)`,
      );
    }
  }
} finally {
  await browser.close();
}

const results = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
  note: 'CPU throttling is applied to the page through the DevTools protocol; whether Chromium applies it to dedicated workers is not documented, so the app figures (import in a worker) under ×4 may be optimistic.',
  packInstall: figures,
};
mkdirSync('test/bench/results', { recursive: true });
writeFileSync('test/bench/results/pack-install.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Résultats : test/bench/results/pack-install.json');
