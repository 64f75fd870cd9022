import { useEffect, useState } from 'preact/hooks';
import { EMPTY_FILTERS } from '../../../shared/directory/directory-filters';
import { queryDirectory } from '../../directory/directory-client';
import type { DirectoryItem } from '../../directory/directory-types';
import { t } from '../../i18n/t';

interface Props {
  pack: string | null;
  selected: Array<{ id: string; nom: string }>;
  onChange: (next: Array<{ id: string; nom: string }>) => void;
}

/** Finds services in the offline directory as the worker types; chosen ones show as removable chips. */
export function ServicePicker({ pack, selected, onChange }: Props) {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<DirectoryItem[]>([]);
  useEffect(() => {
    let live = true;
    if (!pack || q.trim().length < 2) {
      setHits([]);
      return;
    }
    void queryDirectory(pack, { ...EMPTY_FILTERS, q }, 6).then((r) => live && setHits(r.items));
    return () => {
      live = false;
    };
  }, [pack, q]);
  const add = (item: DirectoryItem) => {
    if (!selected.some((s) => s.id === item.id))
      onChange([...selected, { id: item.id, nom: item.nom }]);
    setQ('');
  };
  return (
    <fieldset class="choices">
      <legend>{t('log.services')}</legend>
      {selected.length > 0 && (
        <ul class="chips">
          {selected.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                class="chip"
                aria-label={t('log.removeService', { name: s.nom })}
                onClick={() => onChange(selected.filter((x) => x.id !== s.id))}
              >
                {s.nom} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for="log-service-search">{t('log.serviceSearch')}</label>
        <input
          id="log-service-search"
          type="search"
          value={q}
          autoComplete="off"
          onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {hits.length > 0 && (
        <ul class="picker-hits">
          {hits.map((item) => (
            <li key={item.id}>
              <button type="button" class="button button-secondary" onClick={() => add(item)}>
                {t('log.addService', { name: item.nom })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
