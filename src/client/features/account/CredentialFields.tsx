import { t } from '../../i18n/t';

/**
 * "Identifiant" and "Mot de passe": the same two fields for signing in and for leaving the
 * kiosk. `remember` lets the browser offer saved credentials (not on a family kiosk).
 */
export function CredentialFields({ idPrefix, remember }: { idPrefix: string; remember: boolean }) {
  return (
    <>
      <div class="field">
        <label for={`${idPrefix}username`}>{t('signIn.username')}</label>
        <input
          id={`${idPrefix}username`}
          name="username"
          autoComplete={remember ? 'username' : 'off'}
          autoCapitalize="none"
          spellcheck={false}
          required
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}password`}>{t('signIn.password')}</label>
        <input
          id={`${idPrefix}password`}
          name="password"
          type="password"
          autoComplete={remember ? 'current-password' : 'off'}
          required
        />
      </div>
    </>
  );
}

/** The two values of a form holding CredentialFields. */
export function readCredentials(event: Event): { username: string; password: string } {
  const form = new FormData(event.currentTarget as HTMLFormElement);
  return {
    username: String(form.get('username') ?? ''),
    password: String(form.get('password') ?? ''),
  };
}
