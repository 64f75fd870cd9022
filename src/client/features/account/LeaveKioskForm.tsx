import { useState } from 'preact/hooks';
import { setKiosk } from '../../auth/kiosk';
import { verifyWorkerOffline } from '../../auth/sign-in';
import { t } from '../../i18n/t';
import { CredentialFields, readCredentials } from './CredentialFields';

/** Leaving the family kiosk needs a worker's credentials, checked on the device (offline too). */
export function LeaveKioskForm() {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState(false);
  if (!open) {
    return (
      <button type="button" class="button button-secondary" onClick={() => setOpen(true)}>
        {t('kiosk.leave')}
      </button>
    );
  }
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const { username, password } = readCredentials(event);
    const ok = await verifyWorkerOffline(username, password);
    setError(!ok);
    if (ok) await setKiosk(false);
  };
  return (
    <form class="kiosk-leave stack" onSubmit={onSubmit} aria-labelledby="kiosk-leave-title">
      <h2 id="kiosk-leave-title">{t('kiosk.leaveTitle')}</h2>
      <p>{t('kiosk.leaveIntro')}</p>
      <CredentialFields idPrefix="kiosk-" remember={false} />
      <p role="alert" class="form-error">
        {error && t('kiosk.leaveError')}
      </p>
      <button type="submit" class="button">
        {t('kiosk.leaveSubmit')}
      </button>
    </form>
  );
}
