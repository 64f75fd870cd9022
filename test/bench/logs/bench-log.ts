import { CHILD_AGE_BANDS } from '../../../src/shared/age-bands';
import { DOMAINS } from '../../../src/shared/domains';
import {
  type ActivityLog,
  CHILDREN_COUNTS,
  CONTACT_TYPES,
  DURATION_BANDS,
  HOUSEHOLD_PROFILES,
  OUTCOMES,
} from '../../../src/shared/logs/activity-log-schema';

/** Mulberry32: the same `(seed, index)` gives the same log in the page and in Node. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], r: () => number): T =>
  list[Math.floor(r() * list.length)] as T;

function uuid(r: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = '4';
  hex[16] = pick(['8', '9', 'a', 'b'], r);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function daysBefore(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) - days)).toISOString().slice(0, 10);
}

const COMMUNES = ['06069', '06085', '06029', '06004', '06088', '06140', '06138', '06015'];
const NOTES = [
  'Orientation vers la permanence de la CAF pour le dossier de prestations.',
  'Aide à la constitution du dossier, à reprendre lors du prochain rendez-vous.',
  'Information sur les modes de garde du territoire.',
];

/**
 * A valid, varied activity log (about 500 bytes of JSON, a third with a note): day from 1 to
 * 300 days before `today`, so that the server accepts it (no future day, within a year).
 */
export function benchLog(seed: number, index: number, today: string): ActivityLog {
  const r = random(seed * 1_000_003 + index);
  const domains = DOMAINS.filter(() => r() < 0.3);
  const bands = CHILD_AGE_BANDS.filter(() => r() < 0.35);
  return {
    id: uuid(r),
    revision: 1,
    schemaVersion: 1,
    cancelled: false,
    day: daysBefore(today, 1 + (index % 300)),
    commune: pick(COMMUNES, r),
    contactType: pick(CONTACT_TYPES, r),
    household: {
      profile: pick(HOUSEHOLD_PROFILES, r),
      children: CHILDREN_COUNTS[Math.min(bands.length, 3)] ?? '0',
      childAgeBands: bands,
    },
    domains: domains.length > 0 ? domains : [pick(DOMAINS, r)],
    rights: r() < 0.5 ? ['rsa', 'prime-activite'].slice(0, 1 + Math.floor(r() * 2)) : [],
    services: r() < 0.6 ? [`svc-${Math.floor(r() * 900)}`] : [],
    actions: r() < 0.4 ? ['dossier-caf'] : [],
    outcome: pick(OUTCOMES, r),
    duration: pick(DURATION_BANDS, r),
    ...(index % 3 === 0 ? { note: pick(NOTES, r) } : {}),
    packVersion: '2026.01.01-bench',
  };
}
