import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { APP_V1, APP_V2, DEMO_PACK, E2E_DIR } from './paths';

function run(args: string[], env: Record<string, string> = {}): void {
  execFileSync(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
}

/**
 * Two builds of the app that differ only by their build id: the second plays the part of a
 * new release for the update test. The demo pack is compiled once from src/content.
 */
export default function setup(): void {
  rmSync(E2E_DIR, { recursive: true, force: true });
  const vite = 'node_modules/vite/bin/vite.js';
  run([vite, 'build', '--logLevel', 'warn'], {
    REPERES_BUILD_OUT: APP_V1,
    REPERES_BUILD_ID: 'e2e-1',
  });
  run([vite, 'build', '--logLevel', 'warn'], {
    REPERES_BUILD_OUT: APP_V2,
    REPERES_BUILD_ID: 'e2e-2',
  });
  run(['--import', 'tsx', 'src/content/write-demo-pack.ts', DEMO_PACK]);
}
