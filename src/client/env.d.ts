/** Injected by vite.config.ts: the package version plus the build id. */
declare const __APP_VERSION__: string;

interface ImportMetaEnv {
  readonly VITE_PACK_STALE_DAYS?: string;
  readonly VITE_FAMILY_IDLE_SECONDS?: string;
  readonly VITE_SYNCED_RETENTION_DAYS?: string;
}
