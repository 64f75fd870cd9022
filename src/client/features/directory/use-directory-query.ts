import { useEffect, useRef, useState } from 'preact/hooks';
import type { DirectoryFilters } from '../../../shared/directory/directory-filters';
import { queryDirectory } from '../../directory/directory-client';
import type { DirectoryResult } from '../../directory/directory-types';

export type QueryState =
  | { status: 'loading'; previous: DirectoryResult | null }
  | { status: 'ready'; result: DirectoryResult }
  | { status: 'error'; message: string };

/** Sends every change to the directory worker and keeps only the latest answer. */
export function useDirectoryQuery(
  pack: string | null,
  filters: DirectoryFilters,
  limit: number,
): QueryState {
  const [state, setState] = useState<QueryState>({ status: 'loading', previous: null });
  const latest = useRef(0);
  const key = JSON.stringify(filters);
  // `key` stands for `filters`: the effect reruns when their content changes.
  useEffect(() => {
    if (!pack) return;
    const ticket = ++latest.current;
    setState((s) => ({
      status: 'loading',
      previous: s.status === 'ready' ? s.result : s.status === 'loading' ? s.previous : null,
    }));
    queryDirectory(pack, filters, limit).then(
      (result) => ticket === latest.current && setState({ status: 'ready', result }),
      (error: unknown) =>
        ticket === latest.current &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  }, [pack, key, limit]);
  return state;
}
