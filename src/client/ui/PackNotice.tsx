import { formatDate, t } from '../i18n/t';
import { appStatus } from '../state/app-status-store';
import { useStore } from '../state/create-store';
import type { PackFailureReason } from '../sync/pack-errors';

/** Warn when the installed data is older than this; a territory can change it at build time. */
export const PACK_STALE_DAYS = Number(import.meta.env.VITE_PACK_STALE_DAYS ?? 60);

const failureKey = {
  checksum: 'pack.error.checksum',
  invalid: 'pack.error.invalid',
  format: 'pack.error.format',
  network: 'pack.error.network',
  storage: 'pack.error.storage',
} as const satisfies Record<PackFailureReason, string>;

/** Which data the screen shows, how old it is, and why a new pack was refused. */
export function PackNotice() {
  const { activePack, packInstalling, packFailure, displayedPack } = useStore(appStatus, (s) => s);
  const ageDays = activePack ? (Date.now() - Date.parse(activePack.publishedAt)) / 86_400_000 : 0;
  return (
    <div class="pack-notice">
      {packFailure && (
        <p class="notice notice-error" role="alert">
          {t(failureKey[packFailure.reason], { detail: packFailure.detail })}
        </p>
      )}
      {packInstalling && <p class="notice">{t('pack.installing')}</p>}
      {activePack?.demo && <p class="notice notice-demo">{t('pack.demo')}</p>}
      {activePack && ageDays > PACK_STALE_DAYS && (
        <p class="notice notice-warning">{t('pack.stale', { days: PACK_STALE_DAYS })}</p>
      )}
      {activePack && displayedPack && displayedPack !== activePack.version && (
        <p class="notice">{t('pack.newAvailable')}</p>
      )}
      {!activePack && !packInstalling && <p class="notice">{t('pack.none')}</p>}
    </div>
  );
}

export function PackVersion() {
  const activePack = useStore(appStatus, (s) => s.activePack);
  if (!activePack) return null;
  return (
    <span>
      {t('pack.installed', {
        version: activePack.version,
        date: formatDate(activePack.publishedAt),
      })}
    </span>
  );
}
