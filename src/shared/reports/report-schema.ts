import * as v from 'valibot';

/**
 * A directory correction report ("signaler une information à corriger"): the walking
 * skeleton's record. It names a service and a reason code, never a person.
 */
export const REPORT_REASONS = [
  'telephone',
  'horaires',
  'adresse',
  'service-ferme',
  'conditions',
  'autre',
] as const;

export type ReportReason = (typeof REPORT_REASONS)[number];

const uuid = v.pipe(v.string(), v.uuid('identifiant UUID attendu'));

export const ReportSchema = v.object({
  id: uuid,
  serviceId: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'service invalide')),
  packVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  reason: v.picklist(REPORT_REASONS, 'motif inconnu'),
  /** The day only: a time of day adds nothing and could help identify someone. */
  day: v.pipe(v.string(), v.isoDate('jour attendu au format AAAA-MM-JJ')),
});

export type Report = v.InferOutput<typeof ReportSchema>;

export const REPORT_BATCH_MAX = 200;
