import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPack } from '../../src/client/db/pack-install';
import { ReferenceDb } from '../../src/client/db/reference-db';
import { type DirectoryData, loadDirectory } from '../../src/client/directory/directory-data';
import { queryDirectory } from '../../src/client/directory/query-directory';
import { buildDemoPack } from '../../src/content/build-demo-pack';
import { type DirectoryFilters, EMPTY_FILTERS } from '../../src/shared/directory/directory-filters';
import { coversCommune } from '../../src/shared/directory/match-service';
import type { Pack } from '../../src/shared/pack/pack-schema';

const SAINT_AUBAN = '06116';
const GRASSE = '06069';
// Monday 7 December 2026 is not a holiday: 10:00 in Paris is 09:00 UTC.
const MONDAY_10H = Date.parse('2026-12-07T09:00:00Z');
const SUNDAY_3H = Date.parse('2026-12-06T02:00:00Z');

let db: ReferenceDb;
let data: DirectoryData;
let pack: Pack;
const query = (patch: Partial<DirectoryFilters>, now = MONDAY_10H, limit = 10_000) =>
  queryDirectory(data, { ...EMPTY_FILTERS, ...patch }, now, limit);
const serviceById = (id: string) => pack.services.find((s) => s.id === id);

beforeAll(async () => {
  pack = buildDemoPack();
  db = new ReferenceDb('directory-query-test');
  await installPack(db, pack, 'sha', new Date('2026-12-01T08:00:00Z'));
  data = await loadDirectory(db, pack.meta.version);
});
afterAll(async () => {
  await db.delete();
});

describe('directory queries (the directory worker’s engine)', () => {
  it('lists every service by name when nothing is asked, a page at a time', () => {
    const all = query({});
    expect(all.total).toBe(pack.services.length);
    const page = query({}, MONDAY_10H, 20);
    expect(page.items).toHaveLength(20);
    const names = page.items.map((i) => i.nom);
    expect(
      [...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base', numeric: true })),
    ).toEqual(names);
  });

  it('searches without accents and ranks names first', () => {
    const result = query({ q: 'creche' });
    expect(result.total).toBeGreaterThan(0);
    expect(result.items[0]?.nom.toLowerCase()).toContain('crèche');
  });

  it('gives the same page and count on the text-only fast path as through the filters', () => {
    for (const q of ['creche', 'logemnt', 'relais petite enfance', 'accueil']) {
      const fast = query({ q }, MONDAY_10H, 20);
      // "distance" with no origin goes through the general path without changing the order.
      const general = query({ q, tri: 'distance', depuis: null }, MONDAY_10H, 20);
      expect(fast.total).toBe(general.total);
      expect(fast.items.map((i) => i.id)).toEqual(general.items.map((i) => i.id));
    }
  });

  it('keeps only services located in or covering the chosen commune', () => {
    const result = query({ commune: SAINT_AUBAN });
    expect(result.total).toBeGreaterThan(0);
    expect(result.total).toBeLessThan(pack.services.length);
    for (const item of result.items) {
      const service = serviceById(item.id);
      expect(service && coversCommune(service, SAINT_AUBAN, pack.territory.epciSiren)).toBe(true);
    }
  });

  it('combines domain, free of charge, wheelchair and public filters', () => {
    const result = query({
      domaine: 'petite-enfance',
      gratuit: true,
      fauteuil: true,
      public: '0-2',
    });
    expect(result.total).toBeGreaterThan(0);
    for (const item of result.items) {
      const s = serviceById(item.id);
      expect(s?.domaines).toContain('petite-enfance');
      expect(s?.frais).toEqual(['gratuit']);
      expect(s?.accessibiliteFauteuil).toBe('oui');
      expect(s?.agesPublic.length === 0 || s?.agesPublic.includes('0-2')).toBe(true);
    }
  });

  it('orders by distance from a commune, nearest first, places unknown last', () => {
    const result = query({ tri: 'distance', depuis: SAINT_AUBAN });
    const distances = result.items.map((i) => i.distanceKm);
    const known = distances.filter((d): d is number => d !== null);
    expect(known.length).toBeGreaterThan(100);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(distances.slice(known.length).every((d) => d === null)).toBe(true);
    expect(known[0]).toBeLessThan(2);
    const fromGrasse = query({ tri: 'distance', depuis: GRASSE });
    expect(fromGrasse.items[0]?.id).not.toBe(result.items[0]?.id);
  });

  it('filters on opening hours at the given instant, in Paris time', () => {
    const mondayMorning = query({ ouvert: true });
    const sundayNight = query({ ouvert: true }, SUNDAY_3H);
    expect(mondayMorning.total).toBeGreaterThan(50);
    expect(sundayNight.total).toBeLessThan(mondayMorning.total);
    expect(mondayMorning.items.every((i) => i.hours.state === 'open')).toBe(true);
  });
});
