import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { listenForBackgroundSync } from './background-sync';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// The app shell (HTML, JS, CSS, icons) comes from the precache, so every page opens offline.
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// In-app routes open offline too. The API is never handled here: its answers carry
// sessions and worker data and must not be cached; reference data lives in IndexedDB.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }),
);

// A waiting version takes over only when the page asks, after the user said yes.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install controls the open page at once; updates go through SKIP_WAITING above.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

listenForBackgroundSync(self);
