import type { Store } from './store/store';

/** What the HTTP layer needs from the outside; tests build it with a temporary store. */
export interface AppDeps {
  store: Store;
  territoryId: string;
  version: string;
  production: boolean;
  /** Folder of the built PWA; absent in API-only tests. */
  staticDir?: string;
  log?: (line: string) => void;
}
