import type { CapgCommune } from './communes';
import { unit } from './hash';

export interface Point {
  latitude: number;
  longitude: number;
}

/**
 * A point a few hundred metres from the commune's centroid, stable for a given id, and kept
 * inside the commune's bounding box so that a map never shows a village's service elsewhere.
 */
export function pointNear(commune: CapgCommune, id: string): Point {
  const [west, south, east, north] = commune.bbox;
  const dLat = Math.min(0.004, (north - south) * 0.15);
  const dLon = Math.min(0.005, (east - west) * 0.15);
  const lat = commune.lat + (unit(id, 'lat') * 2 - 1) * dLat;
  const lon = commune.lon + (unit(id, 'lon') * 2 - 1) * dLon;
  return {
    latitude: round5(clamp(lat, south, north)),
    longitude: round5(clamp(lon, west, east)),
  };
}

function clamp(value: number, min: number, max: number): number {
  const margin = (max - min) * 0.1;
  return Math.min(max - margin, Math.max(min + margin, value));
}

/** Five decimals is about one metre: enough for a map, and short in the JSON. */
function round5(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}
