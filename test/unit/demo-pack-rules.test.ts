import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoPack } from '../../src/content/build-demo-pack';
import { CAPG_COMMUNES } from '../../src/content/capg/communes';
import copiedCommunes from '../../src/content/capg/communes.json' with { type: 'json' };
import type { Pack } from '../../src/shared/pack/pack-schema';

const pack = buildDemoPack();
const communes = new Map(CAPG_COMMUNES.map((c) => [c.insee, c]));
const SHARED = new URL('../../../shared/', import.meta.url);

/** Every contact point of the pack, with where it is, for readable failures. */
function contacts(
  p: Pack,
): { at: string; telephone?: string; courriel?: string; sites: string[] }[] {
  return [
    ...p.structures.map((s) => ({
      at: `structure ${s.id}`,
      telephone: s.telephone,
      courriel: s.courriel,
      sites: s.siteWeb ? [s.siteWeb] : [],
    })),
    ...p.services.map((s) => ({
      at: `service ${s.id}`,
      telephone: s.telephone,
      courriel: s.courriel,
      sites: [s.siteWeb, s.acceslibreUrl].filter((u): u is string => u !== undefined),
    })),
  ];
}

function allText(p: Pack): string[] {
  return [
    ...p.structures.map((s) => s.nom),
    ...p.services.flatMap((s) => [
      s.nom,
      s.description,
      s.conditionsAcces ?? '',
      s.fraisPrecisions ?? '',
      s.mobilisationPrecisions ?? '',
    ]),
  ];
}

describe('CAPG demo pack: demo-data rules', () => {
  it('uses only the phone ranges reserved for fiction', () => {
    const bad = contacts(pack)
      .filter(
        (c) => c.telephone !== undefined && !/^(04 65 71|06 39 98) \d{2} \d{2}$/.test(c.telephone),
      )
      .map((c) => `${c.at}: ${c.telephone}`);
    expect(bad).toEqual([]);
  });

  it('uses only e-mail addresses on example.org or example.fr', () => {
    const bad = contacts(pack)
      .filter(
        (c) => c.courriel !== undefined && !/^[a-z0-9.-]+@example\.(org|fr)$/.test(c.courriel),
      )
      .map((c) => `${c.at}: ${c.courriel}`);
    expect(bad).toEqual([]);
  });

  it('links only to example.org, example.fr or acceslibre', () => {
    const allowed = (url: string) => {
      const host = new URL(url).hostname;
      return /(^|\.)example\.(org|fr)$/.test(host) || host === 'acceslibre.beta.gouv.fr';
    };
    const bad = contacts(pack).flatMap((c) =>
      c.sites.filter((u) => !allowed(u)).map((u) => `${c.at}: ${u}`),
    );
    expect(bad).toEqual([]);
  });

  it('names no person (no civility or title in any text)', () => {
    const bad = allText(pack).filter((t) => /\b(M\.|Mme|Mlle|Dr|Docteur|Maître)\s+[A-ZÉ]/.test(t));
    expect(bad).toEqual([]);
  });

  it('builds byte-identical JSON every time, whatever a caller did to an earlier build', () => {
    const first = buildDemoPack();
    const json = JSON.stringify(first);
    first.services.length = 0;
    first.themes[0]?.thematiques.push('altere');
    expect(JSON.stringify(buildDemoPack())).toBe(json);
  });

  it('places every located service inside its commune', () => {
    const margin = 0.002;
    const bad: string[] = [];
    for (const s of pack.services) {
      if (s.latitude === undefined || s.longitude === undefined || !s.adresse) continue;
      const commune = communes.get(s.adresse.insee);
      const [west, south, east, north] = commune?.bbox ?? [0, 0, 0, 0];
      const inside =
        s.latitude >= south - margin &&
        s.latitude <= north + margin &&
        s.longitude >= west - margin &&
        s.longitude <= east + margin;
      if (!inside) bad.push(`${s.id}: ${s.latitude},${s.longitude} hors de ${s.adresse.commune}`);
    }
    expect(bad).toEqual([]);
  });

  it('writes addresses with the commune real name and postal code', () => {
    const addresses = [
      ...pack.structures.map((s) => ({ id: s.id, a: s.adresse })),
      ...pack.services.map((s) => ({ id: s.id, a: s.adresse })),
    ];
    const bad = addresses.flatMap(({ id, a }) => {
      if (!a) return [];
      const commune = communes.get(a.insee);
      const ok = commune?.name === a.commune && commune.postalCodes.includes(a.codePostal);
      return ok ? [] : [`${id}: ${a.codePostal} ${a.commune} (${a.insee})`];
    });
    expect(bad).toEqual([]);
  });

  it('dates every service in 2026, no later than the content revision, from source demo-capg', () => {
    const published = pack.meta.publishedAt.slice(0, 10);
    const bad = pack.services
      .filter(
        (s) => !s.dateMaj.startsWith('2026-') || s.dateMaj > published || s.source !== 'demo-capg',
      )
      .map((s) => `${s.id}: ${s.dateMaj} ${s.source}`);
    expect(bad).toEqual([]);
  });

  it('writes opening hours in the simple opening_hours forms the app reads', () => {
    const day = '(Mo|Tu|We|Th|Fr|Sa|Su)';
    const days = `${day}(-${day})?(\\[[1-5](,[1-5])*\\])?(,${day}(-${day})?(\\[[1-5](,[1-5])*\\])?)*`;
    const span = '([01]\\d|2[0-4]):[0-5]\\d-([01]\\d|2[0-4]):[0-5]\\d';
    const rule = new RegExp(`^(PH off|${days} (off|${span}(,${span})*))$`);
    const bad: string[] = [];
    for (const s of pack.services) {
      if (s.horaires === undefined) continue;
      for (const part of s.horaires.split('; ')) {
        const spans = [...part.matchAll(/(\d\d):(\d\d)-(\d\d):(\d\d)/g)];
        const ordered = spans.every((m) => `${m[1]}${m[2]}` < `${m[3]}${m[4]}`);
        if (!rule.test(part) || !ordered) bad.push(`${s.id}: « ${part} »`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('follows data·inclusion: "tous-publics" stands alone, values are not repeated', () => {
    const bad = pack.services
      .filter(
        (s) =>
          (s.publics.includes('tous-publics') && s.publics.length > 1) ||
          new Set(s.publics).size !== s.publics.length ||
          new Set(s.thematiques).size !== s.thematiques.length,
      )
      .map((s) => `${s.id}: ${s.publics.join(', ')}`);
    expect(bad).toEqual([]);
  });

  it.skipIf(!existsSync(new URL('data/capg-communes.json', SHARED)))(
    'keeps src/content/capg/communes.json identical to ../shared/data',
    () => {
      const shared: unknown = JSON.parse(
        readFileSync(new URL('data/capg-communes.json', SHARED), 'utf8'),
      );
      expect(copiedCommunes).toEqual(shared);
    },
  );

  const thematiquesCsv = new URL('samples/data-inclusion/enums/thematiques_v1.csv', SHARED);
  it.skipIf(!existsSync(thematiquesCsv))('uses only real data·inclusion v1 thematiques', () => {
    const known = new Set(
      readFileSync(thematiquesCsv, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
    );
    const used = [
      ...pack.themes.flatMap((t) => t.thematiques.map((v) => `theme ${t.id}: ${v}`)),
      ...pack.services.flatMap((s) => s.thematiques.map((v) => `${s.id}: ${v}`)),
    ];
    expect(used.filter((entry) => !known.has(entry.split(': ')[1]))).toEqual([]);
  });
});
