import { useState } from 'preact/hooks';
import type { Service } from '../../../shared/pack/pack-schema';
import { t } from '../../i18n/t';

function itineraryUrl(s: Service): string | null {
  if (s.latitude !== undefined && s.longitude !== undefined) {
    return `https://www.openstreetmap.org/directions?to=${s.latitude}%2C${s.longitude}`;
  }
  if (!s.adresse) return null;
  const where = `${s.adresse.ligne}, ${s.adresse.codePostal} ${s.adresse.commune}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(where)}`;
}

/** Address, phone, e-mail and website, each usable with one tap. */
export function ServiceContact({
  service: s,
  communeName,
}: {
  service: Service;
  communeName: string | null;
}) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const address = s.adresse
    ? `${s.adresse.ligne}${s.adresse.complement ? `, ${s.adresse.complement}` : ''}, ${s.adresse.codePostal} ${communeName ?? s.adresse.commune}`
    : null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address ?? '');
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  const itinerary = itineraryUrl(s);
  return (
    <dl class="service-fields">
      {address && (
        <>
          <dt>{t('service.where')}</dt>
          <dd>
            <span class="address">{address}</span>
            <span class="inline-actions">
              <button type="button" class="button button-secondary" onClick={copy}>
                {t('service.copyAddress')}
              </button>
              {itinerary && (
                <a
                  class="button button-secondary"
                  href={itinerary}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {t('service.itinerary')}{' '}
                  <span class="needs-network">{t('service.needsNetwork')}</span>
                </a>
              )}
            </span>
            <span role="status" class="copy-status">
              {copied === 'done' && t('service.copied')}
              {copied === 'failed' && t('service.copyFailed')}
            </span>
          </dd>
        </>
      )}
      {s.telephone && (
        <>
          <dt>{t('service.phone')}</dt>
          <dd>
            <a href={`tel:${s.telephone.replace(/\s/g, '')}`}>{s.telephone}</a>
          </dd>
        </>
      )}
      {s.courriel && (
        <>
          <dt>{t('service.email')}</dt>
          <dd>
            <a href={`mailto:${s.courriel}`}>{s.courriel}</a>
          </dd>
        </>
      )}
      {s.siteWeb && (
        <>
          <dt>{t('service.website')}</dt>
          <dd>
            <a href={s.siteWeb} target="_blank" rel="noopener noreferrer">
              {s.siteWeb.replace(/^https:\/\//, '')}
            </a>{' '}
            <span class="needs-network">{t('service.needsNetwork')}</span>
          </dd>
        </>
      )}
    </dl>
  );
}
