import { t } from '../i18n/t';
import { appStatus } from '../state/app-status-store';
import { useStore } from '../state/create-store';

/** Shown when another tab upgraded the databases: this tab's connection was closed. */
export function ReloadNotice() {
  const required = useStore(appStatus, (s) => s.reloadRequired);
  if (!required) return null;
  return (
    <section class="banner" role="alert">
      <p>{t('dbVersion.reload')}</p>
      <button type="button" class="button" onClick={() => window.location.reload()}>
        {t('dbVersion.reloadButton')}
      </button>
    </section>
  );
}
