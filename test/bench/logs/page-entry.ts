/** The bench's page bundle: the app's own modules, reachable from Playwright. */
import type { BenchLogsApi } from './page-api';
import { prepareApp, prepareRaw, saveInterleaved } from './page-save';
import { syncSteps } from './page-steps';
import { syncRaw, syncWithApp } from './page-sync';

const api: BenchLogsApi = {
  prepareApp,
  prepareRaw,
  saveInterleaved,
  syncWithApp,
  syncSteps,
  syncRaw,
};
window.benchLogs = api;
