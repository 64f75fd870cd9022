import { createStore } from 'zustand/vanilla';
import { type DirectoryFilters, EMPTY_FILTERS } from '../../shared/directory/directory-filters';

export interface FamilySession {
  filters: DirectoryFilters;
  largeText: boolean;
}

/** A family's visit, in memory only: never in the URL, the history or any storage. */
export const familySession = createStore<FamilySession>(() => ({
  filters: EMPTY_FILTERS,
  largeText: false,
}));

export function endFamilySession(): void {
  familySession.setState({ filters: EMPTY_FILTERS, largeText: false });
}
