import { randomUUID } from 'node:crypto';
import type { ActivityLog } from '../../../src/shared/logs/activity-log-schema';

/** A valid activity log (nothing about a person); overrides replace whole fields. */
export function activityLog(overrides: Partial<ActivityLog> = {}): ActivityLog {
  return {
    id: randomUUID(),
    revision: 1,
    schemaVersion: 1,
    cancelled: false,
    day: '2026-03-10',
    commune: '06069',
    contactType: 'permanence',
    household: { profile: 'parent-seul', children: '2', childAgeBands: ['3-5', '6-11'] },
    domains: ['petite-enfance'],
    rights: [],
    services: [],
    actions: [],
    outcome: 'oriente',
    duration: '15-30',
    packVersion: '2026.01.01-test',
    ...overrides,
  };
}

/** Same content, keys in another order: the server must see the same log. */
export function shuffledKeys(log: ActivityLog): Record<string, unknown> {
  return Object.fromEntries(Object.entries(log).reverse());
}
