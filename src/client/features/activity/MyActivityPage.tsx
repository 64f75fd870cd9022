import { useState } from 'preact/hooks';
import { workerDb } from '../../db/databases';
import { deleteLog, LogLockedError } from '../../db/save-log';
import type { StoredLog } from '../../db/worker-db';
import { formatDate, t } from '../../i18n/t';
import { Link } from '../../router/Link';
import { appStatus } from '../../state/app-status-store';
import { useStore } from '../../state/create-store';
import { session } from '../../state/session-store';
import { refreshPendingCount, syncNow } from '../../sync/sync-scheduler';
import { useAsync } from '../../ui/use-async';
import { followUps, myLogs, storageInfo } from './activity-queries';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1).replace('.', ',')} Mo`;

function LogRow({ row, onChanged }: { row: StoredLog; onChanged: () => void }) {
  const user = useStore(session, (s) => s.user);
  const [error, setError] = useState('');
  const { log } = row;
  const remove = async () => {
    if (!user || !window.confirm(t('activity.deleteConfirm'))) return;
    try {
      await deleteLog(workerDb, row.id, user.userId);
      await refreshPendingCount();
      void syncNow();
      onChanged();
    } catch (e) {
      setError(e instanceof LogLockedError ? t('activity.locked') : String(e));
    }
  };
  const editable = row.state !== 'sending' && !log.cancelled;
  return (
    <li class={`log-row log-${row.state}`}>
      <p class="log-head">
        <strong>{formatDate(log.day)}</strong> · {t(`log.contact.${log.contactType}`)} ·{' '}
        {t(`log.outcome.${log.outcome}`)}
        <span class={`badge badge-${row.state}`}>
          {log.cancelled ? t('activity.cancelled') : t(`activity.state.${row.state}`)}
        </span>
      </p>
      {row.state === 'rejected' && (
        <p class="form-error">{t('activity.refusedBecause', { reason: row.rejection ?? '' })}</p>
      )}
      {row.state === 'sending' && <p class="hint">{t('activity.locked')}</p>}
      {editable && (
        <p class="row">
          <Link href={`/activite/${row.id}/modifier`} class="button button-secondary">
            {row.state === 'rejected' ? t('activity.fix') : t('activity.edit')}
          </Link>
          <button type="button" class="button button-secondary" onClick={remove}>
            {t('activity.delete')}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" class="form-error">
          {error}
        </p>
      )}
    </li>
  );
}

/** The worker's own logs with where each stands, the follow-ups, and the device's storage. */
export function MyActivityPage() {
  const user = useStore(session, (s) => s.user);
  const [version, setVersion] = useState(0);
  // Re-read when a sync or a save changes where logs stand.
  const pending = useStore(appStatus, (s) => `${s.pendingCount}/${s.lastSyncAt}/${s.syncing}`);
  const logs = useAsync(
    () => (user ? myLogs(user.userId) : Promise.resolve([])),
    [user, version, pending],
  );
  const storage = useAsync(storageInfo, []);
  if (!user) return <p>{t('signIn.required')}</p>;
  const rows = logs.status === 'ready' ? logs.value : [];
  const todo = followUps(rows);
  return (
    <section aria-labelledby="activity-title">
      <h1 id="activity-title">{t('activity.title')}</h1>
      <p>
        <Link href="/activite/nouvelle" class="button">
          {t('nav.newActivity')}
        </Link>
      </p>
      {todo.length > 0 && (
        <section aria-labelledby="followups-title">
          <h2 id="followups-title">{t('activity.followUps')}</h2>
          <ul class="followups">
            {todo.map((r) => (
              <li key={r.id}>
                {r.log.followUpDay
                  ? t('activity.followUpOn', { date: formatDate(r.log.followUpDay) })
                  : '—'}{' '}
                ·{' '}
                <Link
                  href={`/activite/${r.id}/modifier`}
                >{`${formatDate(r.log.day)} · ${t(`log.contact.${r.log.contactType}`)}`}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {rows.length === 0 ? (
        <p>{t('activity.empty')}</p>
      ) : (
        <ul class="log-list">
          {rows.map((row) => (
            <LogRow
              key={`${row.id}-${row.updatedAt}`}
              row={row}
              onChanged={() => setVersion(version + 1)}
            />
          ))}
        </ul>
      )}
      {storage.status === 'ready' && (
        <section aria-labelledby="storage-title" class="storage">
          <h2 id="storage-title">{t('activity.storage')}</h2>
          <p>
            {storage.value.persisted
              ? t('activity.storage.persisted')
              : t('activity.storage.notPersisted')}
          </p>
          {storage.value.usage !== null && storage.value.quota !== null && (
            <p>
              {t('activity.storage.estimate', {
                used: megabytes(storage.value.usage),
                quota: megabytes(storage.value.quota),
              })}
            </p>
          )}
        </section>
      )}
    </section>
  );
}
