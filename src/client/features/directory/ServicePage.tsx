import { structureTypeLabel } from '../../i18n/labels';
import { formatDate, t } from '../../i18n/t';
import { Link } from '../../router/Link';
import { useAsync } from '../../ui/use-async';
import { getService } from './directory-queries';
import { ReportForm } from './ReportForm';

export function ServicePage(props: {
  pack: string | null;
  id: string;
  basePath: string;
  canReport: boolean;
}) {
  const { pack, id, basePath, canReport } = props;
  const state = useAsync(() => (pack ? getService(pack, id) : Promise.resolve(null)), [pack, id]);
  if (state.status === 'loading') return <p aria-busy="true">…</p>;
  if (state.status === 'error') return <p role="alert">{state.error.message}</p>;
  const back = <Link href={basePath}>{t('service.back')}</Link>;
  if (!state.value || !pack) {
    return (
      <section>
        <h1>{t('service.notFound')}</h1>
        {back}
      </section>
    );
  }
  const { service, structure, communeName } = state.value;
  return (
    <article aria-labelledby="service-title">
      <p>{back}</p>
      <h1 id="service-title">{service.nom}</h1>
      {structure && (
        <p class="service-meta">
          {structure.nom} · {structureTypeLabel(structure.type)}
        </p>
      )}
      <p>{service.description}</p>
      <dl class="service-fields">
        {service.adresse && (
          <>
            <dt>{t('service.address')}</dt>
            <dd>
              {service.adresse.ligne}, {service.adresse.codePostal}{' '}
              {communeName ?? service.adresse.commune}
            </dd>
          </>
        )}
        {service.telephone && (
          <>
            <dt>{t('service.phone')}</dt>
            <dd>
              <a href={`tel:${service.telephone.replace(/\s/g, '')}`}>{service.telephone}</a>
            </dd>
          </>
        )}
        {service.courriel && (
          <>
            <dt>{t('service.email')}</dt>
            <dd>
              <a href={`mailto:${service.courriel}`}>{service.courriel}</a>
            </dd>
          </>
        )}
        {service.horaires && (
          <>
            <dt>{t('service.hours')}</dt>
            <dd>{service.horaires}</dd>
          </>
        )}
      </dl>
      <p class="service-updated">{t('service.updated', { date: formatDate(service.dateMaj) })}</p>
      {canReport && <ReportForm serviceId={service.id} pack={pack} />}
    </article>
  );
}
