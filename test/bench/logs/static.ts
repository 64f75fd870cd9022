import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const HTML = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>Repères — bench des journaux</title>
    <script type="module" src="/bench-logs.js"></script>
  </head>
  <body></body>
</html>
`;

/**
 * The page that drives the app's own log code (the app exposes no globals): served by the real
 * server from its static dir, so same origin, allowed by the CSP ('self', no inline script).
 */
export async function writeLogsStatic(staticDir: string): Promise<string> {
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'bench-logs.html'), HTML);
  await build({
    entryPoints: [resolve('test/bench/logs/page-entry.ts')],
    outfile: join(staticDir, 'bench-logs.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
  });
  return '/bench-logs.html';
}
