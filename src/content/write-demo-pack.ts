/**
 * Compiles, validates and writes the CAPG demo pack:
 *   tsx src/content/write-demo-pack.ts [outFile]   (default dist/packs/capg-demo.json)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { validatePack } from '../shared/pack/validate-pack';
import { buildDemoPack } from './build-demo-pack';

const DEFAULT_OUT = 'dist/packs/capg-demo.json';

function main(outFile: string): number {
  const pack = buildDemoPack();
  const result = validatePack(pack);
  if (!result.ok) {
    for (const problem of result.problems) {
      console.error(`${problem.path || '(pack)'}: ${problem.message}`);
    }
    console.error(`${result.problems.length} problème(s) : pack non écrit.`);
    return 1;
  }
  // The built object, not valibot's copy, so that JSON.stringify(buildDemoPack()) anywhere gives
  // these exact bytes (hashed and served): compact, without a trailing newline.
  const body = Buffer.from(JSON.stringify(pack), 'utf8');
  const path = resolve(outFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, body);
  console.log(`${path}: ${pack.services.length} services, ${body.byteLength} bytes`);
  return 0;
}

process.exitCode = main(process.argv[2] ?? DEFAULT_OUT);
