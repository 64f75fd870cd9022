import { structureTypeLabel } from '../../i18n/labels';
import { t } from '../../i18n/t';
import { Link } from '../../router/Link';
import { useAsync } from '../../ui/use-async';
import { listServices } from './directory-queries';

/** The list of services of the pack this screen was opened with (search comes with the directory work). */
export function DirectoryPage({ pack, basePath }: { pack: string | null; basePath: string }) {
  const state = useAsync(() => (pack ? listServices(pack) : Promise.resolve([])), [pack]);
  if (state.status === 'loading') return <p aria-busy="true">…</p>;
  if (state.status === 'error') return <p role="alert">{state.error.message}</p>;
  const rows = state.value;
  return (
    <section aria-labelledby="directory-title">
      <h1 id="directory-title">{t('directory.title')}</h1>
      <p>{t('directory.count', { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p>{t('directory.empty')}</p>
      ) : (
        <ul class="service-list">
          {rows.map(({ service, structure, communeName }) => (
            <li key={service.id} class="service-item">
              <Link
                href={`${basePath}/services/${encodeURIComponent(service.id)}`}
                class="service-link"
              >
                {service.nom}
              </Link>
              <span class="service-meta">
                {structure && structureTypeLabel(structure.type)}
                {communeName && ` · ${communeName}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
