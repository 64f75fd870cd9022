import { useState } from 'preact/hooks';
import { setKiosk } from '../../auth/kiosk';
import { verifyWorkerOffline } from '../../auth/sign-in';
import { t } from '../../i18n/t';

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
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const ok = await verifyWorkerOffline(
      String(form.get('username') ?? ''),
      String(form.get('password') ?? ''),
    );
    setError(!ok);
    if (ok) await setKiosk(false);
  };
  return (
    <form class="kiosk-leave stack" onSubmit={onSubmit} aria-labelledby="kiosk-leave-title">
      <h2 id="kiosk-leave-title">{t('kiosk.leaveTitle')}</h2>
      <p>{t('kiosk.leaveIntro')}</p>
      <div class="field">
        <label for="kiosk-username">{t('signIn.username')}</label>
        <input
          id="kiosk-username"
          name="username"
          autoComplete="off"
          autoCapitalize="none"
          required
        />
      </div>
      <div class="field">
        <label for="kiosk-password">{t('signIn.password')}</label>
        <input id="kiosk-password" name="password" type="password" autoComplete="off" required />
      </div>
      <p role="alert" class="form-error">
        {error && t('kiosk.leaveError')}
      </p>
      <button type="submit" class="button">
        {t('kiosk.leaveSubmit')}
      </button>
    </form>
  );
}
