import { t } from '../../i18n/t';
import { Link } from '../../router/Link';

export function NotFoundPage() {
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <Link href="/">{t('notFound.back')}</Link>
    </section>
  );
}
