import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/t';
import { EmergencyNumbers } from './EmergencyNumbers';

/** The public, read-only view: no account, nothing kept. */
export function FamilyLayout({ children }: { children: ComponentChildren }) {
  return (
    <div class="family">
      <p class="family-intro">{t('family.intro')}</p>
      <EmergencyNumbers />
      {children}
    </div>
  );
}
