import { listBookmarks } from '../../db/bookmarks';
import { workerDb } from '../../db/databases';
import type { ServiceBookmark } from '../../db/worker-db';
import { t } from '../../i18n/t';
import { Link } from '../../router/Link';
import { useAsync } from '../../ui/use-async';

function BookmarkList({
  id,
  title,
  items,
}: {
  id: string;
  title: string;
  items: ServiceBookmark[];
}) {
  if (items.length === 0) return null;
  return (
    <section class="bookmarks" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((b) => (
          <li key={b.serviceId}>
            <Link href={`/annuaire/services/${encodeURIComponent(b.serviceId)}`}>{b.nom}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The worker's favourite and recently viewed services, kept on this device only. */
export function Bookmarks() {
  const state = useAsync(() => listBookmarks(workerDb), []);
  if (state.status !== 'ready') return null;
  return (
    <div class="bookmark-lists">
      <BookmarkList
        id="favourites-title"
        title={t('directory.favourites')}
        items={state.value.favourites}
      />
      <BookmarkList id="recents-title" title={t('directory.recents')} items={state.value.recents} />
    </div>
  );
}
