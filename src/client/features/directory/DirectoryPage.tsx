import type { DirectoryFilters } from '../../../shared/directory/directory-filters';
import { navigate } from '../../router/router';
import { Bookmarks } from './Bookmarks';
import { DirectorySearch } from './DirectorySearch';
import { filtersFromQuery, filtersToQuery } from './filters-url';

/**
 * The worker's directory: the filters live in the URL so a search can be bookmarked or shared,
 * and replace the current history entry so typing does not fill the back button.
 */
export function DirectoryPage({ pack, search }: { pack: string | null; search: string }) {
  const filters = filtersFromQuery(search);
  const onChange = (next: DirectoryFilters) =>
    navigate(`/annuaire${filtersToQuery(next)}`, { replace: true });
  return (
    <DirectorySearch
      pack={pack}
      basePath="/annuaire"
      filters={filters}
      onChange={onChange}
      intro={<Bookmarks />}
    />
  );
}
