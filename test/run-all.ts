/**
 * `npm test`: every check, in the order that fails fastest. Benchmarks are not part of it.
 * Each step runs as its own process; the first failure stops the run with its exit code.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureChromium } from './support/ensure-chromium';

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} a échoué (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

const bin = (name: string) => `node_modules/.bin/${name}`;

step('Vérification des types (tsc -b)', bin('tsc'), ['-b']);
step('Format et lint (Biome)', bin('biome'), ['check', '.']);
step('Taille du JavaScript du premier écran', 'npm', ['run', '--silent', 'size']);
const chrome = ensureChromium();
if (!process.env.REPERES_TEST_PG_URL) {
  console.log('REPERES_TEST_PG_URL absent : les tests PostgreSQL seront ignorés (skipped).');
}
const report = '.tmp/vitest-report.json';
step(
  'Tests unitaires, d’intégration et de bout en bout (vitest)',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { CHROME_PATH: chrome },
);
printTotals(report);

/** One plain closing line that any CI can read. */
function printTotals(file: string): void {
  const totals = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  const skipped = totals.numPendingTests + totals.numTodoTests;
  console.log(
    `${totals.numPassedTests} passed, ${totals.numFailedTests} failed, ${skipped} skipped`,
  );
}
