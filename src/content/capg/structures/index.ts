import type { StructureSource } from '../model';
import { COLLINES_STRUCTURES } from './collines';
import { GRASSE_STRUCTURES } from './grasse';
import { HAUT_PAYS_STRUCTURES } from './haut-pays';
import { SIAGNE_STRUCTURES } from './siagne';

/** All demo structures, from Grasse up to the haut pays; the pack keeps this order. */
export const CAPG_STRUCTURE_SOURCES: readonly StructureSource[] = [
  ...GRASSE_STRUCTURES,
  ...SIAGNE_STRUCTURES,
  ...COLLINES_STRUCTURES,
  ...HAUT_PAYS_STRUCTURES,
];
