import { setKiosk } from '../../auth/kiosk';
import { signOut } from '../../auth/sign-in';
import { t } from '../../i18n/t';
import { Link } from '../../router/Link';
import { navigate } from '../../router/router';
import { useStore } from '../../state/create-store';
import { session } from '../../state/session-store';

/** Signed in: record, review, kiosk, sign out. Signed out: sign in. */
export function AccountNav({ section }: { section: string }) {
  const user = useStore(session, (s) => s.user);
  if (!user) {
    return (
      <Link href="/connexion" current={section === 'sign-in'}>
        {t('nav.signIn')}
      </Link>
    );
  }
  return (
    <>
      <Link href="/activite/nouvelle" current={section === 'new-log'}>
        {t('nav.newActivity')}
      </Link>
      <Link href="/activite" current={section === 'activity' || section === 'edit-log'}>
        {t('nav.myActivity')}
      </Link>
      <button
        type="button"
        class="nav-button"
        onClick={() => void setKiosk(true)}
        title={t('kiosk.enter')}
      >
        {t('nav.kiosk')}
      </button>
      <button
        type="button"
        class="nav-button"
        onClick={async () => {
          await signOut();
          navigate('/', { replace: true });
        }}
      >
        {t('nav.signOut')} <span class="visually-hidden">({user.name})</span>
      </button>
    </>
  );
}
