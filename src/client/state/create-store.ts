import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/** Subscribes a component to a slice of a vanilla zustand store (no React alias needed). */
export function useStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    setValue(selector(store.getState()));
    return store.subscribe((state) => setValue(selector(state)));
    // The selector is expected to be stable in meaning for a given component.
  }, [store]);
  return value;
}
