import { resolve } from 'node:path';

/** Where the end-to-end global setup puts its builds; tests only read them. */
export const E2E_DIR = resolve('.tmp/e2e');
export const APP_V1 = resolve(E2E_DIR, 'app-v1');
export const APP_V2 = resolve(E2E_DIR, 'app-v2');
export const DEMO_PACK = resolve(E2E_DIR, 'packs/capg-demo.json');
