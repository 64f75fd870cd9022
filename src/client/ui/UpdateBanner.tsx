import { useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { applyAppUpdate } from '../platform/sw-bridge';
import { appStatus } from '../state/app-status-store';
import { useStore } from '../state/create-store';

/** A new app version waits for the user's yes: nobody loses what they were typing. */
export function UpdateBanner() {
  const available = useStore(appStatus, (s) => s.updateAvailable);
  const [dismissed, setDismissed] = useState(false);
  if (!available || dismissed) return null;
  return (
    <section class="banner" aria-labelledby="update-title">
      <p id="update-title">{t('update.available')}</p>
      <div class="banner-actions">
        <button type="button" class="button" onClick={applyAppUpdate}>
          {t('update.apply')}
        </button>
        <button type="button" class="button button-secondary" onClick={() => setDismissed(true)}>
          {t('update.later')}
        </button>
      </div>
    </section>
  );
}
