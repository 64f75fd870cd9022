import { t } from '../../i18n/t';
import { Link } from '../../router/Link';

export function HomePage() {
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <p class="home-actions">
        <Link href="/annuaire" class="button">
          {t('home.openDirectory')}
        </Link>
        <Link href="/familles" class="button button-secondary">
          {t('nav.family')}
        </Link>
      </p>
    </section>
  );
}
