import type { AgeBand } from '../age-bands';
import type { DI_PUBLICS } from '../data-inclusion';
import type { DomainId } from '../domains';

export type PublicFilter = AgeBand | (typeof DI_PUBLICS)[number];

/** Everything a directory search can say; also its bookmarkable form in the worker view's URL. */
export interface DirectoryFilters {
  q: string;
  domaine: DomainId | null;
  commune: string | null;
  public: PublicFilter | null;
  gratuit: boolean;
  ouvert: boolean;
  fauteuil: boolean;
  tri: 'pertinence' | 'distance';
  /** The commune whose centroid distances are measured from. */
  depuis: string | null;
}

export const EMPTY_FILTERS: DirectoryFilters = {
  q: '',
  domaine: null,
  commune: null,
  public: null,
  gratuit: false,
  ouvert: false,
  fauteuil: false,
  tri: 'pertinence',
  depuis: null,
};
