import { Workbox } from 'workbox-window';
import { appStatus } from '../state/app-status-store';

/**
 * All page ↔ service worker traffic goes through here. A new version waits until the user
 * accepts it: never an unconditional skipWaiting while someone may be typing.
 */
let workbox: Workbox | null = null;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => appStatus.setState({ updateAvailable: true }));
  void workbox.register();
  // Look for a new version when the app comes back to the foreground and every hour.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox?.update();
  });
  setInterval(() => void workbox?.update(), 60 * 60_000);
}

export function applyAppUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
