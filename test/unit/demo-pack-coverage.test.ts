import { describe, expect, it } from 'vitest';
import { buildDemoPack } from '../../src/content/build-demo-pack';
import { CAPG_COMMUNES } from '../../src/content/capg/communes';
import { DOMAINS } from '../../src/shared/domains';
import { validatePack } from '../../src/shared/pack/validate-pack';
import type { StructureType } from '../../src/shared/structure-types';

const pack = buildDemoPack();

/** The kinds of structures a worker must be able to find in the demo (brief, point 2). */
const REQUIRED_TYPES: StructureType[] = [
  'ccas',
  'centre-social',
  'espace-vie-sociale',
  'relais-petite-enfance',
  'eaje',
  'laep',
  'point-information-jeunesse',
  'accueil-de-loisirs',
  'pmi',
  'caf',
  'msa',
  'france-services',
  'mission-locale',
  'adil',
  'mediation-familiale',
  'point-justice',
  'epicerie-solidaire',
];

describe('CAPG demo pack: coverage', () => {
  it('passes validatePack', () => {
    const result = validatePack(pack);
    const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual([]);
  });

  it('is a demo pack for the CAPG territory', () => {
    expect(pack.meta.demo).toBe(true);
    expect(pack.territory).toMatchObject({ id: 'capg', epciSiren: '200039857' });
    expect(pack.meta.sources.map((s) => s.name)).toContain(
      'Données de démonstration — services fictifs',
    );
  });

  it('holds the 23 real communes', () => {
    expect(pack.communes).toHaveLength(23);
    expect(pack.communes.map((c) => c.insee).sort()).toEqual(
      CAPG_COMMUNES.map((c) => c.insee).sort(),
    );
  });

  it('has at least 150 services', () => {
    expect(pack.services.length).toBeGreaterThanOrEqual(150);
  });

  it('has at least 12 fiches-actions over several domains, numbered like their ids', () => {
    expect(pack.actions.length).toBeGreaterThanOrEqual(12);
    expect(new Set(pack.actions.map((a) => a.domain)).size).toBeGreaterThanOrEqual(4);
    for (const action of pack.actions) {
      expect(action.id).toBe(`fa-${String(action.number).padStart(2, '0')}`);
    }
  });

  it('covers every commune in each of the six domains', () => {
    const siren = pack.territory.epciSiren;
    const missing: string[] = [];
    for (const commune of pack.communes) {
      for (const domain of DOMAINS) {
        const covered = pack.services.some(
          (s) =>
            s.domaines.includes(domain) &&
            (s.zoneEligibilite.includes(commune.insee) || s.zoneEligibilite.includes(siren)),
        );
        if (!covered) missing.push(`${commune.name} (${commune.insee}) × ${domain}`);
      }
    }
    expect(missing, `commune × domaine sans service :\n${missing.join('\n')}`).toEqual([]);
  });

  it('covers every commune in each domain with a local service, not only territory-wide ones', () => {
    const missing: string[] = [];
    for (const commune of pack.communes) {
      for (const domain of DOMAINS) {
        const local = pack.services.some(
          (s) => s.domaines.includes(domain) && s.zoneEligibilite.includes(commune.insee),
        );
        if (!local) missing.push(`${commune.name} × ${domain}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('includes every required structure type', () => {
    const present = new Set(pack.structures.map((s) => s.type));
    expect(REQUIRED_TYPES.filter((type) => !present.has(type))).toEqual([]);
  });

  it('has mobile services and village permanences that reach several communes', () => {
    const mobile = pack.services.filter((s) => s.adresse === undefined);
    expect(mobile.length).toBeGreaterThan(0);
    expect(mobile.every((s) => s.zoneEligibilite.length > 1)).toBe(true);
    expect(pack.services.map((s) => s.nom)).toContain(
      'Permanence France Services à la mairie de Saint-Auban',
    );
  });
});
