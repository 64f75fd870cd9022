import { Hono } from 'hono';
import type { AppDeps } from '../app-deps';

export function healthRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/health', async (c) => {
    await deps.store.ping();
    return c.json({
      status: 'ok',
      version: deps.version,
      territory: deps.territoryId,
      store: deps.store.kind,
    });
  });
  return app;
}
