import { t } from '../../i18n/t';

const NUMBERS = ['115', '119', '3919', '17', '112'] as const;

/** Always one tap away in the family view. */
export function EmergencyNumbers() {
  return (
    <nav class="emergency" aria-label={t('family.emergency')}>
      <ul>
        {NUMBERS.map((n) => (
          <li key={n}>
            <a class="button button-emergency" href={`tel:${n}`}>
              {t(`family.emergency.${n}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
