import { useState } from 'preact/hooks';
import { type SignInFailure, signIn } from '../../auth/sign-in';
import { t } from '../../i18n/t';
import { navigate } from '../../router/router';
import { syncNow } from '../../sync/sync-scheduler';
import { CredentialFields, readCredentials } from './CredentialFields';

/** Sign-in: online the first time on a device, then also offline with the device's verifier. */
export function SignInPage({ next }: { next: string }) {
  const [error, setError] = useState<SignInFailure | null>(null);
  const [working, setWorking] = useState(false);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const { username, password } = readCredentials(event);
    setWorking(true);
    const result = await signIn(username, password);
    setWorking(false);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    void syncNow();
    navigate(next.startsWith('/') ? next : '/', { replace: true });
  };
  return (
    <section aria-labelledby="signin-title" class="narrow">
      <h1 id="signin-title">{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <form class="stack" onSubmit={onSubmit}>
        <CredentialFields idPrefix="" remember />
        <p role="alert" class="form-error">
          {error && t(`signIn.error.${error}`)}
        </p>
        <button type="submit" class="button" disabled={working}>
          {working ? t('signIn.working') : t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
