import { Hono } from 'hono';
import type { AppDeps } from './app-deps';
import { authSettings } from './auth/auth-settings';
import { apiError, BadRequestError } from './http/api-errors';
import { securityHeaders } from './http/security-headers';
import { mountStaticApp } from './http/static-files';
import { healthRoutes } from './routes/health-routes';
import { logRoutes } from './routes/log-routes';
import { packRoutes } from './routes/pack-routes';
import { reportRoutes } from './routes/report-routes';
import { sessionRoutes } from './routes/session-routes';

/** The whole HTTP surface, testable in-process with app.request(); main.ts only starts it. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const log = deps.log ?? ((line: string) => console.log(line));
  // One set of settings (clock, timeouts, limits) shared by sign-in and every guarded route.
  const auth = authSettings(deps);

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    log(`${new Date().toISOString()} ${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`);
  });
  app.use('*', securityHeaders());
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });

  app.route('/api', healthRoutes(deps));
  app.route('/api/packs', packRoutes(deps));
  app.route('/api/session', sessionRoutes(deps, auth));
  app.route('/api/reports', reportRoutes(deps, auth));
  app.route('/api/logs', logRoutes(deps, auth));
  app.all('/api/*', (c) =>
    apiError(c, 404, 'not-found', `Aucune ressource ${c.req.method} ${c.req.path}.`),
  );

  if (deps.staticDir) mountStaticApp(app, deps.staticDir);

  app.onError((error, c) => {
    if (error instanceof BadRequestError)
      return apiError(c, error.status, error.code, error.message);
    // The detail stays in the server's log; the body says nothing about the inside.
    log(`${new Date().toISOString()} ERROR ${c.req.method} ${c.req.path} ${error.stack ?? error}`);
    return apiError(c, 500, 'internal', 'Erreur interne du serveur.');
  });
  return app;
}
