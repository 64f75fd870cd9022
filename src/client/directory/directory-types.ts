import type { DirectoryFilters } from '../../shared/directory/directory-filters';
import type { HoursStatus } from '../../shared/opening-hours/hours-status';
import type { StructureType } from '../../shared/structure-types';

/** One result line: what the list shows, already computed in the worker. */
export interface DirectoryItem {
  id: string;
  nom: string;
  structureType: StructureType | null;
  communeName: string | null;
  distanceKm: number | null;
  hours: HoursStatus;
  /** "Ouvert · ferme à 12 h": formatted in the worker, so rendering a list costs the page nothing. */
  hoursText: string | null;
  /** The hours as written, shown when they cannot be evaluated. */
  horaires: string | null;
  gratuit: boolean;
}

export interface DirectoryResult {
  pack: string;
  total: number;
  items: DirectoryItem[];
}

export interface DirectoryQuery {
  type: 'query';
  seq: number;
  pack: string;
  filters: DirectoryFilters;
  now: number;
  limit: number;
}

export type DirectoryReply =
  | { type: 'result'; seq: number; result: DirectoryResult }
  | { type: 'error'; seq: number; message: string };
