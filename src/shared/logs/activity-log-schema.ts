import * as v from 'valibot';
import { CHILD_AGE_BANDS } from '../age-bands';
import { DOMAINS } from '../domains';

/**
 * An activity log: a trace of the work done with a family, never of the family. Coarse
 * categories only; no name, address, birth date, phone, e-mail or social-security number.
 * Bump LOG_SCHEMA_VERSION when a change could not be read by an older server.
 */
export const LOG_SCHEMA_VERSION = 1;
export const SUPPORTED_LOG_SCHEMA_VERSIONS: readonly number[] = [1];

export const CONTACT_TYPES = [
  'permanence',
  'visite-domicile',
  'telephone',
  'accueil-sur-place',
  'atelier-collectif',
  'en-ligne',
] as const;
export const HOUSEHOLD_PROFILES = [
  'couple-avec-enfants',
  'parent-seul',
  'personne-seule',
  'autre',
] as const;
export const CHILDREN_COUNTS = ['0', '1', '2', '3+'] as const;
export const OUTCOMES = ['informe', 'oriente', 'demarche-faite-ensemble', 'a-suivre'] as const;
export const DURATION_BANDS = ['moins-15', '15-30', '30-60', 'plus-60'] as const;
export const NOTE_MAX_LENGTH = 280;
export const LOG_BATCH_MAX = 200;

const day = v.pipe(v.string(), v.isoDate('jour attendu au format AAAA-MM-JJ'));
const ref = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'identifiant invalide'));
const unique = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(
    v.array(item),
    v.maxLength(max),
    v.check((list) => new Set(list).size === list.length, 'valeurs en double'),
  );

export const ActivityLogSchema = v.object({
  id: v.pipe(v.string(), v.uuid('identifiant UUID attendu')),
  /** 1 for the first version; each correction after a sync is a new revision. */
  revision: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  schemaVersion: v.number(),
  /** A deletion after sync is a cancellation, kept by the server. */
  cancelled: v.boolean(),
  day,
  commune: v.pipe(v.string(), v.regex(/^(\d{5}|2[AB]\d{3})$/, 'code INSEE invalide')),
  contactType: v.picklist(CONTACT_TYPES, 'type de contact inconnu'),
  household: v.object({
    profile: v.picklist(HOUSEHOLD_PROFILES, 'profil de foyer inconnu'),
    children: v.picklist(CHILDREN_COUNTS, "nombre d'enfants inconnu"),
    childAgeBands: unique(
      v.picklist(CHILD_AGE_BANDS, "tranche d'âge inconnue"),
      CHILD_AGE_BANDS.length,
    ),
  }),
  domains: v.pipe(
    unique(v.picklist(DOMAINS, 'domaine inconnu'), DOMAINS.length),
    v.minLength(1, 'au moins un domaine'),
  ),
  rights: unique(ref, 50),
  services: unique(ref, 50),
  actions: unique(ref, 30),
  outcome: v.picklist(OUTCOMES, 'suite donnée inconnue'),
  followUpDay: v.optional(day),
  duration: v.picklist(DURATION_BANDS, 'durée inconnue'),
  note: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(NOTE_MAX_LENGTH, `note limitée à ${NOTE_MAX_LENGTH} caractères`),
    ),
  ),
  packVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
});

export type ActivityLog = v.InferOutput<typeof ActivityLogSchema>;
