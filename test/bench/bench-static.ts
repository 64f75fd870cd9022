import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** A fixed CPU loop: one file, loaded by the page and by the worker, so both run the same code. */
const LOOP = `self.benchSpin = (n) => {
  let x = 0;
  for (let i = 0; i < n; i++) x = (x + Math.sqrt(i * 1.0001)) % 1e9;
  return x;
};
`;
const LOOP_WORKER = `importScripts('/bench/loop.js');
self.onmessage = (event) => {
  const started = performance.now();
  const x = self.benchSpin(event.data);
  self.postMessage({ ms: performance.now() - started, x });
};
`;

const BASELINE_HTML = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>Repères — baseline</title>
    <script type="module" src="/bench/baseline.js"></script>
  </head>
  <body></body>
</html>
`;

/**
 * Files the bench serves from the app's own origin (the CSP allows only 'self': no blob:
 * worker, no inline script): the loop worker, the baseline page and its bundle (Dexie and
 * MiniSearch are not exposed by the app). Returns the init script that instruments app pages.
 */
export async function writeBenchStatic(staticDir: string): Promise<{ instrument: string }> {
  const dir = join(staticDir, 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'loop.js'), LOOP);
  writeFileSync(join(dir, 'loop.worker.js'), LOOP_WORKER);
  writeFileSync(join(dir, 'baseline.html'), BASELINE_HTML);
  const here = resolve('test/bench/page');
  await build({
    entryPoints: [join(here, 'baseline.ts')],
    outfile: join(dir, 'baseline.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
  });
  const instrument = await build({
    entryPoints: [join(here, 'instrument.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'error',
  });
  return { instrument: instrument.outputFiles[0]?.text ?? '' };
}
