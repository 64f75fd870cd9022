import { useEffect, useRef } from 'preact/hooks';
import { AccountNav } from './features/account/AccountNav';
import { LeaveKioskForm } from './features/account/LeaveKioskForm';
import { RequireUser } from './features/account/RequireUser';
import { SignInPage } from './features/account/SignInPage';
import { LogFormPage } from './features/activity/LogFormPage';
import { MyActivityPage } from './features/activity/MyActivityPage';
import { DirectoryPage } from './features/directory/DirectoryPage';
import { ServicePage } from './features/directory/ServicePage';
import { FamilyDirectory } from './features/family/FamilyDirectory';
import { FamilyLayout } from './features/family/FamilyPage';
import { HomePage } from './features/home/HomePage';
import { NotFoundPage } from './features/home/NotFoundPage';
import { t } from './i18n/t';
import { Link } from './router/Link';
import { matchRoute, navigate, type Route, usePath } from './router/router';
import { appStatus } from './state/app-status-store';
import { useStore } from './state/create-store';
import { session } from './state/session-store';
import { PackNotice, PackVersion } from './ui/PackNotice';
import { ReloadNotice } from './ui/ReloadNotice';
import { StatusRegion } from './ui/StatusRegion';
import { UpdateBanner } from './ui/UpdateBanner';

function Page({ route, pack, search }: { route: Route; pack: string | null; search: string }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'directory':
      return <DirectoryPage pack={pack} search={search} />;
    case 'service':
      return <ServicePage pack={pack} id={route.id} basePath="/annuaire" worker />;
    case 'family':
      return (
        <FamilyLayout>
          <FamilyDirectory pack={pack} />
        </FamilyLayout>
      );
    case 'family-service':
      return (
        <FamilyLayout>
          <ServicePage pack={pack} id={route.id} basePath="/familles" worker={false} />
        </FamilyLayout>
      );
    case 'sign-in':
      return <SignInPage next={new URLSearchParams(search).get('suite') ?? '/'} />;
    case 'activity':
      return <RequireUser>{<MyActivityPage />}</RequireUser>;
    case 'new-log':
      return (
        <RequireUser>
          <LogFormPage
            pack={pack}
            editId={null}
            serviceId={new URLSearchParams(search).get('service')}
          />
        </RequireUser>
      );
    case 'edit-log':
      return (
        <RequireUser>
          <LogFormPage pack={pack} editId={route.id} serviceId={null} />
        </RequireUser>
      );
    default:
      return <NotFoundPage />;
  }
}

export function App() {
  const path = usePath();
  const route = matchRoute(path);
  const activeVersion = useStore(appStatus, (s) => s.activePack?.version ?? null);
  const displayed = useStore(appStatus, (s) => s.displayedPack);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  const pathname = path.split('?')[0] ?? '/';
  const search = path.slice(pathname.length);

  // A newly installed pack shows on the next navigation, never under the reader's eyes; a
  // change of query string (typing in the search) is not a navigation.
  // Runs on page changes only.
  useEffect(() => {
    appStatus.setState({ displayedPack: appStatus.getState().activePack?.version ?? null });
    if (firstRender.current) firstRender.current = false;
    else main.current?.focus();
  }, [pathname]);
  useEffect(() => {
    if (displayed === null && activeVersion !== null)
      appStatus.setState({ displayedPack: activeVersion });
  }, [displayed, activeVersion]);

  const kiosk = useStore(session, (s) => s.kiosk);
  const section =
    route.name === 'family' || route.name === 'family-service' ? 'family' : route.name;
  // In kiosk mode only the family view exists, whatever the address typed.
  useEffect(() => {
    if (kiosk && section !== 'family') navigate('/familles', { replace: true });
  }, [kiosk, section]);
  return (
    <>
      <a class="skip-link" href="#contenu">
        {t('app.skipToContent')}
      </a>
      <header class="app-header">
        <div class="brand">
          <span class="brand-name">{t('app.name')}</span>
          <span class="brand-tagline">{t('app.tagline')}</span>
        </div>
        {kiosk ? (
          <LeaveKioskForm />
        ) : (
          <nav aria-label={t('nav.label')} class="main-nav">
            <Link href="/" current={section === 'home'}>
              {t('nav.home')}
            </Link>
            <Link href="/annuaire" current={section === 'directory' || section === 'service'}>
              {t('nav.directory')}
            </Link>
            <Link href="/familles" current={section === 'family'}>
              {t('nav.family')}
            </Link>
            <AccountNav section={section} />
          </nav>
        )}
        {!kiosk && <StatusRegion />}
      </header>
      <UpdateBanner />
      <ReloadNotice />
      <PackNotice />
      <main id="contenu" ref={main} tabIndex={-1}>
        <Page route={route} pack={displayed} search={search} />
      </main>
      <footer class="app-footer">
        <span>{t('app.version', { version: __APP_VERSION__ })}</span>
        <PackVersion />
      </footer>
    </>
  );
}
