import { CAPG_EPCI_SIREN } from './territory';

/**
 * Groups of communes that services commonly serve together. They are demo conventions, not an
 * official division of the territory: they only keep the service tables short.
 */
export const SECTORS = {
  grasse: ['06069'],
  /** Vallée de la Siagne, east of Grasse. */
  siagne: ['06084', '06090', '06108', '06007'],
  /** The hills west of Grasse. */
  collines: ['06095', '06140', '06026', '06137', '06118'],
  /** Moyen pays along the route Napoléon. */
  'moyen-pays': ['06130', '06058'],
  /** Haut pays, around Séranon and Valderoure. */
  'haut-pays-ouest': ['06003', '06134', '06154', '06028'],
  /** Haut pays, the Estéron villages around Saint-Auban. */
  esteron: ['06116', '06024', '06081', '06045', '06063', '06002', '06087'],
} as const satisfies Record<string, readonly string[]>;

export type SectorId = keyof typeof SECTORS;

/**
 * Where families may come from: "commune" (the place's own commune), "territoire" (the whole
 * EPCI, written as its SIREN), "haut-pays" (both haut pays sectors), a sector, or INSEE codes.
 */
export type ZoneToken = 'commune' | 'territoire' | 'haut-pays' | SectorId | `${number}`;
export type ZoneSpec = ZoneToken | readonly ZoneToken[];

/** Resolves a zone to the zoneEligibilite of the pack: INSEE codes, or only the SIREN. */
export function resolveZone(zone: ZoneSpec, placeInsee: string): string[] {
  const tokens: readonly ZoneToken[] = typeof zone === 'string' ? [zone] : zone;
  if (tokens.includes('territoire')) return [CAPG_EPCI_SIREN];
  const codes = new Set<string>();
  for (const token of tokens) {
    for (const code of expand(token, placeInsee)) codes.add(code);
  }
  return [...codes];
}

function expand(token: ZoneToken, placeInsee: string): readonly string[] {
  if (token === 'commune') return [placeInsee];
  if (token === 'territoire') return [CAPG_EPCI_SIREN];
  if (token === 'haut-pays') return [...SECTORS['haut-pays-ouest'], ...SECTORS.esteron];
  if (token in SECTORS) return SECTORS[token as SectorId];
  return [token];
}
