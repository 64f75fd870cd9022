import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/shared/pack/validate-pack';
import { minimalPack } from '../fixtures/minimal-pack';

describe('validatePack', () => {
  it('accepts a well-formed pack', () => {
    const result = validatePack(minimalPack());
    expect(result.ok).toBe(true);
  });

  it('lists every shape problem with its path in the pack', () => {
    const pack = minimalPack() as unknown as Record<string, unknown> & {
      services: Array<Record<string, unknown>>;
      communes: Array<Record<string, unknown>>;
    };
    pack.services[0] = { ...pack.services[0], telephone: '12', courriel: 'pas-un-courriel' };
    pack.communes[1] = { ...pack.communes[1], insee: 'ABCDE' };
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['services.0.telephone', 'services.0.courriel', 'communes.1.insee']),
    );
    expect(result.problems.find((p) => p.path === 'services.0.telephone')?.message).toBe(
      'numéro de téléphone invalide',
    );
  });

  it('checks references between sections', () => {
    const pack = minimalPack();
    const [first, second] = pack.services;
    if (!first || !second) throw new Error('fixture');
    first.structureId = 'inconnue';
    second.zoneEligibilite = ['06001'];
    pack.services.push({ ...second, zoneEligibilite: ['200039857'] });
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'services.0.structureId', message: 'structure « inconnue » inconnue' },
        {
          path: 'services.1.zoneEligibilite.0',
          message: "06001 n'est ni une commune du pack ni le SIREN du territoire",
        },
        { path: 'services.3', message: 'identifiant « service-2 » en double' },
      ]),
    );
  });

  it('refuses an unknown format version and a missing domain', () => {
    const newer = { ...minimalPack(), formatVersion: 2 };
    expect(validatePack(newer).ok).toBe(false);
    const pack = minimalPack();
    pack.themes = pack.themes.filter((t) => t.id !== 'logement');
    const result = validatePack(pack);
    expect(result.ok ? [] : result.problems).toContainEqual({
      path: 'themes',
      message: 'le domaine « logement » manque',
    });
  });

  it('refuses things that are not packs at all', () => {
    for (const input of [null, 42, 'pack', [], {}]) expect(validatePack(input).ok).toBe(false);
  });
});
