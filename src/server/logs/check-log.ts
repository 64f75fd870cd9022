import * as v from 'valibot';
import {
  type ActivityLog,
  ActivityLogSchema,
  SUPPORTED_LOG_SCHEMA_VERSIONS,
} from '../../shared/logs/activity-log-schema';
import { daysBetween, isCalendarDay } from '../../shared/paris-day';
import { findPersonalData } from '../../shared/privacy/personal-data';
import { describeFinding } from '../../shared/privacy/personal-data-messages';
import { isRecord } from '../http/is-record';

/** How far back a log may be recorded: a year and a day, leap years included. */
export const MAX_LOG_AGE_DAYS = 366;

export type LogCheck = { ok: true; log: ActivityLog } | { ok: false; reason: string };

/**
 * Everything the server checks on one log before storing it, each refusal with a French
 * reason naming the field. Fields the schema does not describe (an `author`, say) are dropped
 * by the schema and never stored: the author is always the signed-in user.
 */
export function checkLog(item: unknown, today: string): LogCheck {
  const version = isRecord(item) ? item.schemaVersion : undefined;
  if (typeof version !== 'number' || !SUPPORTED_LOG_SCHEMA_VERSIONS.includes(version)) {
    return refuse(
      'schemaVersion',
      `version ${JSON.stringify(version) ?? 'absente'} non prise en charge (versions prises en charge : ${SUPPORTED_LOG_SCHEMA_VERSIONS.join(', ')})`,
    );
  }
  const parsed = v.safeParse(ActivityLogSchema, item);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return refuse(issue ? (v.getDotPath(issue) ?? '') : '', issue ? frenchMessage(issue) : '');
  }
  const log = parsed.output;
  // The schema checks the format only: 2025-02-31 would pass it.
  if (!isCalendarDay(log.day)) return refuse('day', "ce jour n'existe pas");
  if (log.followUpDay !== undefined && !isCalendarDay(log.followUpDay)) {
    return refuse('followUpDay', "ce jour n'existe pas");
  }
  if (log.day > today) return refuse('day', `jour dans le futur (aujourd'hui : ${today})`);
  if (daysBetween(log.day, today) > MAX_LOG_AGE_DAYS) {
    return refuse('day', `jour trop ancien (plus de ${MAX_LOG_AGE_DAYS} jours)`);
  }
  if (log.note !== undefined) {
    const findings = findPersonalData(log.note, today);
    // The same check and wording as on the device. The passage is quoted so that the worker can
    // find it; the reason goes back to the sender only and a rejected log is never stored.
    if (findings.length > 0) return refuse('note', findings.map(describeFinding).join(' '));
  }
  return { ok: true, log };
}

function refuse(path: string, message: string): LogCheck {
  return { ok: false, reason: `${path ? `${path} : ` : ''}${message || 'journal invalide'}` };
}

/**
 * The schema's own messages are French; valibot's defaults ("Invalid type: …") are not. The
 * value received is never repeated: it could be personal data typed in the wrong field.
 */
function frenchMessage(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.received === 'undefined') return 'champ obligatoire absent';
  return `valeur invalide (attendu : ${issue.expected ?? 'une autre valeur'})`;
}
