import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';
import { apiError } from '../http/api-errors';

/** Packs are public (kiosks and families' phones have no account) and immutable once published. */
export function packRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const includeDemo = !deps.production;

  app.get('/current', async (c) => {
    const manifest = await deps.store.currentPack(deps.territoryId, { includeDemo });
    if (!manifest)
      return apiError(c, 404, 'no-pack', "Aucun pack n'est publié pour ce territoire.");
    return c.json(manifest);
  });

  app.get('/:version', async (c) => {
    const version = c.req.param('version');
    const pack = await deps.store.getPack(deps.territoryId, version);
    if (!pack || (pack.demo && !includeDemo)) {
      return apiError(c, 404, 'unknown-pack-version', `Le pack « ${version} » n'existe pas.`);
    }
    const etag = `"${pack.sha256}"`;
    // Content-addressed: a stored copy is always right, but revalidation keeps "no-store"-like
    // behaviour for anything between the server and the device.
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Accept-Encoding');
    c.header('X-Pack-Sha256', pack.sha256);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    const acceptsGzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    c.header('Content-Type', 'application/json; charset=utf-8');
    if (acceptsGzip) {
      c.header('Content-Encoding', 'gzip');
      return c.body(new Uint8Array(pack.gzip));
    }
    return c.body(new Uint8Array(pack.body));
  });
  return app;
}
