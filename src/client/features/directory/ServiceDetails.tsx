import type { CompiledHours } from '../../../shared/opening-hours/compiled-hours';
import { formatHoursStatus } from '../../../shared/opening-hours/format-hours-status';
import { hoursStatus } from '../../../shared/opening-hours/hours-status';
import type { Commune, Theme } from '../../../shared/pack/pack-schema';
import type { ServiceRow } from '../../db/reference-db';
import { ageBandLabel, publicLabel } from '../../i18n/labels';
import { t } from '../../i18n/t';

interface Props {
  service: ServiceRow;
  communes: Map<string, Commune>;
  themes: Theme[];
  territorySiren: string;
  hours: CompiledHours | undefined;
}

/** Who can use the service, what it costs, how to reach it: the fields a worker explains. */
export function ServiceDetails({ service: s, communes, themes, territorySiren, hours }: Props) {
  const now = new Date();
  const hoursText = formatHoursStatus(hoursStatus(hours, now), now);
  const zone = s.zoneEligibilite.includes(territorySiren)
    ? t('service.zone.territory')
    : s.zoneEligibilite.map((code) => communes.get(code)?.name ?? code).join(', ');
  const cost =
    s.frais.length === 0
      ? t('service.cost.unknown')
      : s.frais.map((f) => t(`service.cost.${f}`)).join(' ou ');
  return (
    <dl class="service-fields">
      {s.horaires && (
        <>
          <dt>{t('service.hours')}</dt>
          <dd>
            {hoursText && <strong class="hours-now">{hoursText}</strong>}
            <span class="hours-written">{s.horaires}</span>
          </dd>
        </>
      )}
      <dt>{t('service.forWhom')}</dt>
      <dd>
        {s.publics.map(publicLabel).join(', ')}
        {s.agesPublic.length > 0 &&
          ` — ${t('service.ages')} : ${s.agesPublic.map(ageBandLabel).join(', ')}`}
      </dd>
      <dt>{t('service.zone')}</dt>
      <dd>{zone}</dd>
      {s.conditionsAcces && (
        <>
          <dt>{t('service.conditions')}</dt>
          <dd>{s.conditionsAcces}</dd>
        </>
      )}
      <dt>{t('service.cost')}</dt>
      <dd>
        {cost}
        {s.fraisPrecisions && ` — ${s.fraisPrecisions}`}
      </dd>
      <dt>{t('service.howTo')}</dt>
      <dd>
        {[
          ...s.modesAccueil.map((m) => t(`service.modes.${m}`)),
          ...s.modesMobilisation.map((m) => t(`service.mobilisation.${m}`)),
        ].join(' · ')}
        {s.mobilisablePar && s.mobilisablePar.length > 0 && (
          <span class="block">
            {t('service.mobilisablePar')} :{' '}
            {s.mobilisablePar.map((p) => t(`service.mobilisablePar.${p}`)).join(' ou ')}
          </span>
        )}
        {s.mobilisationPrecisions && <span class="block">{s.mobilisationPrecisions}</span>}
      </dd>
      <dt>{t('service.access')}</dt>
      <dd>
        {t(`service.wheelchair.${s.accessibiliteFauteuil}`)}
        {s.acceslibreUrl && (
          <>
            {' — '}
            <a href={s.acceslibreUrl} target="_blank" rel="noopener noreferrer">
              {t('service.acceslibre')}
            </a>{' '}
            <span class="needs-network">{t('service.needsNetwork')}</span>
          </>
        )}
      </dd>
      <dt>{t('service.domains')}</dt>
      <dd>{s.domaines.map((d) => themes.find((th) => th.id === d)?.label ?? d).join(', ')}</dd>
    </dl>
  );
}
