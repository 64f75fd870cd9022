import { Hono } from 'hono';
import * as v from 'valibot';
import { REPORT_BATCH_MAX, type Report, ReportSchema } from '../../shared/reports/report-schema';
import type { ItemResult } from '../../shared/sync/item-result';
import type { AppDeps } from '../app-deps';
import type { AuthSettings } from '../auth/auth-settings';
import { type AuthEnv, requireUser } from '../auth/require-user';
import { apiError } from '../http/api-errors';
import { isRecord } from '../http/is-record';
import { readJson } from '../http/read-json';

/**
 * Directory correction reports, from a signed-in user of any role (anonymous writes would let
 * anyone fill the table). Each item is judged on its own: one bad item is rejected with its
 * reason and never blocks the others; valid ones are acknowledged after the commit.
 */
export function reportRoutes(deps: AppDeps, settings: AuthSettings): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('*', requireUser(deps, settings));
  app.post('/', async (c) => {
    const body = await readJson(c);
    const items = isRecord(body) ? body.reports : undefined;
    if (!Array.isArray(items)) {
      return apiError(
        c,
        400,
        'invalid-batch',
        'Le corps doit être de la forme {"reports": [...]}.',
      );
    }
    if (items.length > REPORT_BATCH_MAX) {
      return apiError(
        c,
        400,
        'batch-too-large',
        `Au plus ${REPORT_BATCH_MAX} signalements par envoi.`,
      );
    }
    const ids = items.map((item) =>
      isRecord(item) && typeof item.id === 'string' ? item.id : null,
    );
    if (ids.some((id) => id === null)) {
      return apiError(
        c,
        400,
        'missing-id',
        'Chaque signalement doit porter un identifiant « id ».',
      );
    }
    const valid: Report[] = [];
    const results = new Map<number, ItemResult>();
    items.forEach((item, index) => {
      const parsed = v.safeParse(ReportSchema, item);
      if (parsed.success) valid.push(parsed.output);
      else {
        const issue = parsed.issues[0];
        const where = issue ? (v.getDotPath(issue) ?? '') : '';
        results.set(index, {
          id: ids[index] ?? '',
          status: 'rejected',
          reason: `${where ? `${where} : ` : ''}${issue?.message ?? 'signalement invalide'}`,
        });
      }
    });
    const saved = await deps.store.saveReports(deps.territoryId, valid);
    let next = 0;
    const ordered = items.map((_, index) => results.get(index) ?? saved[next++]);
    return c.json({ results: ordered });
  });
  return app;
}
