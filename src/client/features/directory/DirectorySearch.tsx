import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DirectoryFilters } from '../../../shared/directory/directory-filters';
import { t } from '../../i18n/t';
import { FilterBar } from './FilterBar';
import { filtersToQuery } from './filters-url';
import { ResultList } from './ResultList';
import { useDirectoryQuery } from './use-directory-query';
import { usePackLists } from './use-pack-lists';

const PAGE = 50;

interface Props {
  pack: string | null;
  basePath: string;
  filters: DirectoryFilters;
  onChange: (next: DirectoryFilters) => void;
  /** The family view: links replace the history entry, nothing of the visit stays. */
  leaveNoTrail?: boolean;
  /** Shown above the results when nothing is searched yet (favourites, recents). */
  intro?: ComponentChildren;
}

/** Search, filters and results; where the filters live (URL or memory) is the caller's choice. */
export function DirectorySearch({
  pack,
  basePath,
  filters,
  onChange,
  leaveNoTrail = false,
  intro,
}: Props) {
  const [limit, setLimit] = useState(PAGE);
  const key = JSON.stringify(filters);
  // A new search starts at page one.
  useEffect(() => setLimit(PAGE), [key]);
  const lists = usePackLists(pack);
  const state = useDirectoryQuery(pack, filters, limit);
  const result =
    state.status === 'ready' ? state.result : state.status === 'loading' ? state.previous : null;
  const { communes, themes } =
    lists.status === 'ready' ? lists.value : { communes: [], themes: [] };

  return (
    <section aria-labelledby="directory-title">
      <h1 id="directory-title">{t('directory.title')}</h1>
      <FilterBar filters={filters} communes={communes} themes={themes} onChange={onChange} />
      <p class="results-count" aria-live="polite" aria-atomic="true">
        {result ? t('results.count', { count: result.total }) : t('results.loading')}
      </p>
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {result && result.total === 0 && <p>{t('results.none')}</p>}
      {intro && filtersToQuery(filters) === '' && intro}
      {result && (
        <ResultList items={result.items} basePath={basePath} leaveNoTrail={leaveNoTrail} />
      )}
      {result && result.total > result.items.length && (
        <button
          type="button"
          class="button button-secondary more"
          onClick={() => setLimit(limit + PAGE * 2)}
        >
          {t('results.more')}
        </button>
      )}
    </section>
  );
}
