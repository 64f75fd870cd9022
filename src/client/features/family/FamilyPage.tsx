import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { t } from '../../i18n/t';
import { navigate } from '../../router/router';
import { useStore } from '../../state/create-store';
import { endFamilySession, familySession } from '../../state/family-store';
import { EmergencyNumbers } from './EmergencyNumbers';
import { useIdleReset } from './use-idle-reset';

/** After this long without a touch, the kiosk starts afresh for the next family. */
export const FAMILY_IDLE_MS = Number(import.meta.env.VITE_FAMILY_IDLE_SECONDS ?? 180) * 1000;

function finish(): void {
  endFamilySession();
  navigate('/familles', { replace: true });
  window.scrollTo(0, 0);
}

/** The public, read-only view: no account, nothing kept, help always one tap away. */
export function FamilyLayout({ children }: { children: ComponentChildren }) {
  const largeText = useStore(familySession, (s) => s.largeText);
  useIdleReset(FAMILY_IDLE_MS, finish);
  // Layout effect: the text size changes in the same frame as the button's state.
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
    return () => document.documentElement.classList.remove('large-text');
  }, [largeText]);
  return (
    <div class="family">
      <div class="family-bar">
        <p class="family-intro">{t('family.intro')}</p>
        <div class="family-actions">
          <button
            type="button"
            class="button button-secondary"
            aria-pressed={largeText}
            onClick={() => familySession.setState({ largeText: !largeText })}
          >
            {t('family.largeText')}
          </button>
          <button type="button" class="button" onClick={finish}>
            {t('family.finish')}
          </button>
        </div>
      </div>
      <EmergencyNumbers />
      {children}
    </div>
  );
}
