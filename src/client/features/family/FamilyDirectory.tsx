import { useStore } from '../../state/create-store';
import { familySession } from '../../state/family-store';
import { DirectorySearch } from '../directory/DirectorySearch';

/** The family's directory: same search, filters kept in memory only. */
export function FamilyDirectory({ pack }: { pack: string | null }) {
  const filters = useStore(familySession, (s) => s.filters);
  return (
    <DirectorySearch
      pack={pack}
      basePath="/familles"
      leaveNoTrail
      filters={filters}
      onChange={(next) => familySession.setState({ filters: next })}
    />
  );
}
