import { Hono } from 'hono';
import { type ActivityLog, LOG_BATCH_MAX } from '../../shared/logs/activity-log-schema';
import { parisDay } from '../../shared/paris-day';
import type { ItemResult } from '../../shared/sync/item-result';
import type { AppDeps } from '../app-deps';
import type { AuthSettings } from '../auth/auth-settings';
import { type AuthEnv, requireUser } from '../auth/require-user';
import { apiError } from '../http/api-errors';
import { isRecord } from '../http/is-record';
import { readJson } from '../http/read-json';
import { checkLog } from '../logs/check-log';
import { decodeCursor, encodeCursor } from '../logs/log-cursor';

export const LOGS_PAGE_DEFAULT = 50;
export const LOGS_PAGE_MAX = 200;

/**
 * Activity logs of the signed-in user (any role may record its own). Each log is judged on its
 * own; valid ones are answered after the store's commit.
 */
export function logRoutes(deps: AppDeps, settings: AuthSettings): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('*', requireUser(deps, settings));

  app.post('/', async (c) => {
    const body = await readJson(c);
    const items = isRecord(body) ? body.logs : undefined;
    if (!Array.isArray(items)) {
      return apiError(c, 400, 'invalid-batch', 'Le corps doit être de la forme {"logs": [...]}.');
    }
    if (items.length > LOG_BATCH_MAX) {
      return apiError(c, 400, 'batch-too-large', `Au plus ${LOG_BATCH_MAX} journaux par envoi.`);
    }
    const ids = items.map((item) =>
      isRecord(item) && typeof item.id === 'string' ? item.id : null,
    );
    if (ids.some((id) => id === null)) {
      // Without an id the answer could not be matched to its log on the device.
      return apiError(c, 400, 'missing-id', 'Chaque journal doit porter un identifiant « id ».');
    }
    const now = settings.now();
    const today = parisDay(now);
    const valid: ActivityLog[] = [];
    const refused = new Map<number, ItemResult>();
    items.forEach((item, index) => {
      const checked = checkLog(item, today);
      if (checked.ok) valid.push(checked.log);
      else refused.set(index, { id: ids[index] ?? '', status: 'rejected', reason: checked.reason });
    });
    const { user } = c.get('auth');
    const saved = await deps.store.saveLogs(
      { territoryId: deps.territoryId, authorId: user.id, receivedAt: new Date(now).toISOString() },
      valid,
    );
    let next = 0;
    return c.json({ results: items.map((_, index) => refused.get(index) ?? saved[next++]) });
  });

  app.get('/mine', async (c) => {
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? LOGS_PAGE_DEFAULT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > LOGS_PAGE_MAX) {
      return apiError(
        c,
        400,
        'invalid-limit',
        `« limit » doit être un entier entre 1 et ${LOGS_PAGE_MAX}.`,
      );
    }
    const cursorText = c.req.query('cursor');
    const after = cursorText ? decodeCursor(cursorText) : undefined;
    if (after === null) {
      return apiError(c, 400, 'invalid-cursor', "« cursor » ne vient pas d'une page précédente.");
    }
    const { user } = c.get('auth');
    const page = await deps.store.listLogsByAuthor(deps.territoryId, user.id, { limit, after });
    return c.json({ logs: page.logs, nextCursor: page.next ? encodeCursor(page.next) : null });
  });
  return app;
}
