import { render } from 'preact';
import { App } from './App';
import { restoreSession } from './auth/sign-in';
import { referenceDb, workerDb } from './db/databases';
import { registerServiceWorker } from './platform/sw-bridge';
import { appStatus } from './state/app-status-store';
import { refreshActivePack, refreshHoursIfRunningOut } from './sync/pack-updater';
import { startSyncTriggers } from './sync/sync-scheduler';
import './styles.css';

// Another tab opening a newer schema closes our connections: ask for a reload, don't break.
for (const db of [referenceDb, workerDb]) {
  db.on('versionchange', () => {
    db.close();
    appStatus.setState({ reloadRequired: true });
    return false;
  });
}

const root = document.getElementById('app');
if (root) render(<App />, root);

registerServiceWorker();
void Promise.all([refreshActivePack(), restoreSession()])
  .then(startSyncTriggers)
  .then(refreshHoursIfRunningOut);
