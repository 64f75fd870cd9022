import type { Structure } from '../../shared/pack/pack-schema';
import { hash } from './hash';

/** The only prefixes the regulator (Arcep) keeps for fiction: no real line can ever ring. */
export const FICTIONAL_LANDLINE = '04 65 71';
export const FICTIONAL_MOBILE = '06 39 98';

type Prefix = typeof FICTIONAL_LANDLINE | typeof FICTIONAL_MOBILE;

/** Hands out fictional numbers derived from a key, never the same one twice in a build. */
export class FictionalNumbers {
  private readonly used = new Set<string>();

  next(prefix: Prefix, key: string): string {
    let n = hash(key) % 10_000;
    for (;;) {
      const digits = String(n).padStart(4, '0');
      const number = `${prefix} ${digits.slice(0, 2)} ${digits.slice(2)}`;
      if (!this.used.has(number)) {
        this.used.add(number);
        return number;
      }
      n = (n + 1) % 10_000;
    }
  }
}

/** Public bodies write from example.fr, associations from example.org: both reserved for examples. */
const PUBLIC_BODIES: ReadonlySet<Structure['type']> = new Set<Structure['type']>([
  'ccas',
  'caf',
  'msa',
  'pmi',
  'maison-des-solidarites',
  'france-services',
  'point-justice',
  'mairie',
  'relais-petite-enfance',
]);

/** Small village mairies, crèches and the like publish no website of their own. */
const WITH_WEBSITE: ReadonlySet<Structure['type']> = new Set<Structure['type']>([
  'caf',
  'msa',
  'adil',
  'mission-locale',
  'mediation-familiale',
  'point-justice',
  'centre-social',
  'espace-vie-sociale',
  'association',
  'autre',
  'point-information-jeunesse',
  'epicerie-solidaire',
  'france-services',
]);

export function emailOf(id: string, type: Structure['type']): string {
  return `${id}@${PUBLIC_BODIES.has(type) ? 'example.fr' : 'example.org'}`;
}

export function websiteOf(id: string, type: Structure['type']): string | undefined {
  if (!WITH_WEBSITE.has(type)) return undefined;
  return PUBLIC_BODIES.has(type)
    ? `https://www.example.fr/pays-de-grasse/${id}`
    : `https://${id}.example.org/`;
}
