/**
 * `npm run size`: builds the app and sums the gzip size of the JavaScript the first screen
 * loads (the entry script and the modules it preloads); fails above the budget in budget.json.
 * Lazy chunks and workers (the pack installer) are listed but not counted.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = resolve('.tmp/size-build');
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', REPERES_BUILD_OUT: out, REPERES_BUILD_ID: 'size' },
});

const budget = (
  JSON.parse(readFileSync('test/size/budget.json', 'utf8')) as { firstScreenJsGzipKB: number }
).firstScreenJsGzipKB;
const html = readFileSync(join(out, 'index.html'), 'utf8');
const firstScreen = new Set(
  [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g),
  ].map((m) => m[1] ?? ''),
);
const gzipKB = (file: string) =>
  gzipSync(readFileSync(join(out, file)), { level: 9 }).byteLength / 1024;

let total = 0;
for (const file of firstScreen) {
  const kb = gzipKB(file);
  total += kb;
  console.log(`  premier écran  ${kb.toFixed(1).padStart(6)} Ko gzip  ${file}`);
}
for (const file of readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'))) {
  if (!firstScreen.has(`assets/${file}`)) {
    console.log(
      `  différé        ${gzipKB(`assets/${file}`).toFixed(1).padStart(6)} Ko gzip  assets/${file}`,
    );
  }
}
console.log(`JavaScript du premier écran : ${total.toFixed(1)} Ko gzip (budget ${budget} Ko)`);
if (firstScreen.size === 0 || total > budget) {
  console.error(
    firstScreen.size === 0 ? 'Aucun script trouvé dans index.html.' : 'Budget dépassé.',
  );
  process.exit(1);
}
