import { useEffect } from 'preact/hooks';
import { rememberViewed } from '../../db/bookmarks';
import { workerDb } from '../../db/databases';
import { structureTypeLabel } from '../../i18n/labels';
import { formatDate, t } from '../../i18n/t';
import { Link } from '../../router/Link';
import { useStore } from '../../state/create-store';
import { session } from '../../state/session-store';
import { useAsync } from '../../ui/use-async';
import { getServiceView } from './directory-queries';
import { FavouriteButton } from './FavouriteButton';
import { ReportForm } from './ReportForm';
import { ServiceContact } from './ServiceContact';
import { ServiceDetails } from './ServiceDetails';

interface Props {
  pack: string | null;
  id: string;
  basePath: string;
  /** The worker view: favourites, recents and corrections; the family view keeps nothing. */
  worker: boolean;
}

export function ServicePage({ pack, id, basePath, worker }: Props) {
  const user = useStore(session, (s) => s.user);
  const state = useAsync(
    () => (pack ? getServiceView(pack, id) : Promise.resolve(null)),
    [pack, id],
  );
  const view = state.status === 'ready' ? state.value : null;
  useEffect(() => {
    if (worker && view) void rememberViewed(workerDb, view.service.id, view.service.nom);
  }, [worker, view]);
  if (state.status === 'loading') return <p aria-busy="true">…</p>;
  if (state.status === 'error') return <p role="alert">{state.error.message}</p>;
  const back = (
    <Link href={basePath} replace={!worker}>
      {t('service.back')}
    </Link>
  );
  if (!view || !pack) {
    return (
      <section>
        <h1>{t('service.notFound')}</h1>
        {back}
      </section>
    );
  }
  const { service, structure, communes } = view;
  const communeName = service.adresse ? (communes.get(service.adresse.insee)?.name ?? null) : null;
  return (
    <article aria-labelledby="service-title" class="service-page">
      <p>{back}</p>
      <h1 id="service-title">{service.nom}</h1>
      {structure && (
        <p class="service-meta">
          {structure.nom} · {structureTypeLabel(structure.type)}
        </p>
      )}
      {worker && (
        <p class="row">
          <FavouriteButton serviceId={service.id} nom={service.nom} />
          {user && (
            <Link
              href={`/activite/nouvelle?service=${encodeURIComponent(service.id)}`}
              class="button"
            >
              {t('service.startLog')}
            </Link>
          )}
        </p>
      )}
      <p class="service-description">{service.description}</p>
      <h2>{t('service.contact')}</h2>
      <ServiceContact service={service} communeName={communeName} />
      <ServiceDetails
        service={service}
        communes={communes}
        themes={view.themes}
        territorySiren={view.territorySiren}
        hours={view.hours}
      />
      <p class="service-updated">
        {t('service.updated', { date: formatDate(service.dateMaj) })} ·{' '}
        {t('service.source', { source: service.source })}
      </p>
      {worker && user && <ReportForm serviceId={service.id} pack={pack} authorId={user.userId} />}
    </article>
  );
}
