import { formatDistance } from '../../../shared/geo/distance';
import type { DirectoryItem } from '../../directory/directory-types';
import { structureTypeLabel } from '../../i18n/labels';
import { t } from '../../i18n/t';
import { Link } from '../../router/Link';

function HoursLine({ item }: { item: DirectoryItem }) {
  const text = item.hoursText;
  if (text) return <span class={`hours hours-${item.hours.state}`}>{text}</span>;
  return item.horaires ? (
    <span class="hours">{t('results.hoursAsWritten', { hours: item.horaires })}</span>
  ) : null;
}

/** Each result is a link named by the service's name; the rest is read after it. */
export function ResultList(props: {
  items: DirectoryItem[];
  basePath: string;
  leaveNoTrail: boolean;
}) {
  const { items, basePath, leaveNoTrail } = props;
  return (
    <ul class="service-list">
      {items.map((item) => (
        <li key={item.id} class="service-item">
          <Link
            href={`${basePath}/services/${encodeURIComponent(item.id)}`}
            class="service-link"
            replace={leaveNoTrail}
          >
            {item.nom}
          </Link>
          <span class="service-meta">
            {[item.structureType && structureTypeLabel(item.structureType), item.communeName]
              .filter(Boolean)
              .join(' · ')}
            {item.distanceKm !== null &&
              ` · ${t('results.distance', { distance: formatDistance(item.distanceKm) })}`}
          </span>
          <span class="service-tags">
            <HoursLine item={item} />
            {item.gratuit && <span class="tag">{t('results.free')}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
