import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';

/** Hashed build assets never change; the entry points must always be revalidated. */
function cacheControlFor(path: string): string {
  if (/\/assets\/[^/]+-[\w-]{8,}\.\w+$/.test(path)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

function setCaching(path: string, c: Context): void {
  c.header('Cache-Control', cacheControlFor(path));
  if (path.endsWith('.webmanifest')) c.header('Content-Type', 'application/manifest+json');
}

/**
 * Serves the built PWA; any other GET that looks like an in-app route gets index.html so that
 * deep links work on a first visit (the service worker does the same offline).
 */
export function mountStaticApp(app: Hono, root: string): void {
  app.use('*', serveStatic({ root, onFound: setCaching }));
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) return next();
    return serveStatic({ root, path: 'index.html', onFound: setCaching })(c, next);
  });
}
