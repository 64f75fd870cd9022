import type { DirectoryFilters } from '../../shared/directory/directory-filters';
import { matchesFilters } from '../../shared/directory/match-service';
import { distanceKm } from '../../shared/geo/distance';
import { formatHoursStatus } from '../../shared/opening-hours/format-hours-status';
import { hoursStatus } from '../../shared/opening-hours/hours-status';
import { searchServices, searchWithTotal } from '../../shared/search/search-index';
import type { ServiceRow } from '../db/reference-db';
import type { DirectoryData } from './directory-data';
import type { DirectoryItem, DirectoryResult } from './directory-types';

/** Enough ranked hits for any filter combination to still fill a page. */
const SEARCH_DEPTH = 5000;

/** Text search, filters, order and paging, all in the directory worker. */
export function queryDirectory(
  data: DirectoryData,
  filters: DirectoryFilters,
  now: number,
  limit: number,
): DirectoryResult {
  const q = filters.q.trim();
  const at = new Date(now);
  if (q && onlyText(filters)) {
    // Text alone: rank just the page asked for; the index counts the other matches.
    const { ids, total } = searchWithTotal(data.index, q, limit);
    const items = ids
      .flatMap((id) => data.byId.get(id) ?? [])
      .map((s) => toItem(data, s, at, null));
    return { pack: data.pack, total, items };
  }
  let rows: ServiceRow[] = q
    ? searchServices(data.index, q, SEARCH_DEPTH).flatMap((id) => data.byId.get(id) ?? [])
    : data.services;
  rows = rows.filter(
    (s) =>
      matchesFilters(s, filters, data.territorySiren) &&
      (!filters.ouvert || hoursStatus(compiledFor(data, s), at).state === 'open'),
  );
  const origin =
    filters.tri === 'distance' && filters.depuis ? data.communes.get(filters.depuis) : undefined;
  const distances = new Map<string, number | null>();
  if (origin) {
    for (const s of rows) distances.set(s.id, distanceFrom(data, s, origin));
    // Stable sort: equal distances keep the relevance order; services without a place go last.
    rows = [...rows].sort(
      (a, b) => (distances.get(a.id) ?? Infinity) - (distances.get(b.id) ?? Infinity),
    );
  }
  return {
    pack: data.pack,
    total: rows.length,
    items: rows.slice(0, limit).map((s) => toItem(data, s, at, distances.get(s.id) ?? null)),
  };
}

function distanceFrom(
  data: DirectoryData,
  s: ServiceRow,
  origin: { lat: number; lon: number },
): number | null {
  if (s.latitude !== undefined && s.longitude !== undefined) {
    return distanceKm(origin, { lat: s.latitude, lon: s.longitude });
  }
  const commune = s.adresse ? data.communes.get(s.adresse.insee) : undefined;
  return commune ? distanceKm(origin, commune) : null;
}

function toItem(
  data: DirectoryData,
  s: ServiceRow,
  at: Date,
  distance: number | null,
): DirectoryItem {
  const hours = hoursStatus(compiledFor(data, s), at);
  return {
    id: s.id,
    nom: s.nom,
    structureType: data.structures.get(s.structureId)?.type ?? null,
    communeName: s.adresse ? (data.communes.get(s.adresse.insee)?.name ?? s.adresse.commune) : null,
    distanceKm: distance,
    hours,
    hoursText: formatHoursStatus(hours, at),
    horaires: s.horaires ?? null,
    gratuit: s.frais.length > 0 && s.frais.every((f) => f === 'gratuit'),
  };
}

const compiledFor = (data: DirectoryData, s: ServiceRow) =>
  s.horaires ? data.hours.get(s.horaires) : undefined;

const onlyText = (f: DirectoryFilters) =>
  !f.domaine &&
  !f.commune &&
  !f.public &&
  !f.gratuit &&
  !f.ouvert &&
  !f.fauteuil &&
  f.tri === 'pertinence';
