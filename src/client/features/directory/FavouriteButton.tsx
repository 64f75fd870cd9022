import { useEffect, useState } from 'preact/hooks';
import { toggleFavourite } from '../../db/bookmarks';
import { workerDb } from '../../db/databases';
import { t } from '../../i18n/t';

export function FavouriteButton({ serviceId, nom }: { serviceId: string; nom: string }) {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void workerDb.favourites.get(serviceId).then((f) => setOn(Boolean(f)));
  }, [serviceId]);
  if (on === null) return null;
  return (
    <button
      type="button"
      class="button button-secondary"
      aria-pressed={on}
      onClick={async () => setOn(await toggleFavourite(workerDb, serviceId, nom))}
    >
      {on ? `★ ${t('service.favourite.remove')}` : `☆ ${t('service.favourite.add')}`}
    </button>
  );
}
