import { formatTime, t } from '../i18n/t';
import { Link } from '../router/Link';
import { type AppStatus, appStatus } from '../state/app-status-store';
import { useStore } from '../state/create-store';
import { session } from '../state/session-store';
import { syncNow } from '../sync/sync-scheduler';

function connectionText(s: AppStatus): string {
  if (s.syncing) return t('status.syncing');
  switch (s.connection) {
    case 'online':
      return t('status.online');
    case 'offline':
      return t('status.offline');
    case 'server-down':
      return s.nextRetryAt
        ? t('status.serverDown', { time: formatTime(s.nextRetryAt) })
        : t('status.offline');
    default:
      return t('status.checking');
  }
}

/** The one app-wide connection and sync status, announced politely by screen readers. */
export function StatusRegion() {
  const status = useStore(appStatus, (s) => s);
  const authNeeded = useStore(session, (s) => s.authNeeded && s.user !== null);
  const disabled = useStore(session, (s) => s.accountDisabled);
  return (
    <div class="status">
      <p role="status" class={`status-text status-${status.connection}`}>
        <span class="status-dot" aria-hidden="true" />
        {connectionText(status)}
        {status.pendingCount > 0 && <> · {t('status.pending', { count: status.pendingCount })}</>}
        {status.refusedCount > 0 && (
          <>
            {' · '}
            <Link href="/activite">{t('status.refused', { count: status.refusedCount })}</Link>
          </>
        )}
        {disabled && <> · {t('status.accountDisabled')}</>}
        {authNeeded && (
          <>
            {' · '}
            <Link href="/connexion?suite=%2Factivite">{t('status.authNeeded')}</Link>
          </>
        )}
        {status.lastSyncAt !== null && (
          <span class="status-last">
            {' '}
            · {t('status.lastSync', { time: formatTime(status.lastSyncAt) })}
          </span>
        )}
      </p>
      <button
        type="button"
        class="button button-secondary"
        onClick={() => void syncNow()}
        disabled={status.syncing}
      >
        {t('status.syncButton')}
      </button>
    </div>
  );
}
