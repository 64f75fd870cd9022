import { AGE_BANDS } from '../../../shared/age-bands';
import { DI_PUBLICS } from '../../../shared/data-inclusion';
import type { DirectoryFilters, PublicFilter } from '../../../shared/directory/directory-filters';
import type { DomainId } from '../../../shared/domains';
import type { Commune, Theme } from '../../../shared/pack/pack-schema';
import { ageBandLabel, publicLabel } from '../../i18n/labels';
import { t } from '../../i18n/t';
import { CommuneSelect } from './CommuneSelect';

interface Props {
  filters: DirectoryFilters;
  communes: Commune[];
  themes: Theme[];
  onChange: (next: DirectoryFilters) => void;
}

const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
const checked = (event: Event) => (event.currentTarget as HTMLInputElement).checked;

/**
 * The search field and every filter; each change goes straight to the directory worker. The
 * selects whose options come from the pack are keyed by their option count: a value read from
 * the URL is applied once the options exist.
 */
export function FilterBar({ filters: f, communes, themes, onChange }: Props) {
  const set = (patch: Partial<DirectoryFilters>) => onChange({ ...f, ...patch });
  return (
    <search>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <div class="field field-search">
          <label for="q">{t('search.label')}</label>
          <input
            id="q"
            type="search"
            value={f.q}
            autoComplete="off"
            spellcheck={false}
            aria-describedby="q-hint"
            onInput={(e) => set({ q: value(e) })}
          />
          <span id="q-hint" class="hint">
            {t('search.hint')}
          </span>
        </div>
        <fieldset class="filter-grid">
          <legend>{t('filters.title')}</legend>
          <div class="field">
            <label for="f-domaine">{t('filters.domain')}</label>
            <select
              id="f-domaine"
              value={f.domaine ?? ''}
              onChange={(e) => set({ domaine: (value(e) || null) as DomainId | null })}
            >
              <option value="">{t('filters.anyDomain')}</option>
              {themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.label}
                </option>
              ))}
            </select>
          </div>
          <CommuneSelect
            id="f-commune"
            label={t('filters.commune')}
            emptyLabel={t('filters.anyCommune')}
            communes={communes}
            value={f.commune}
            onChange={(commune) => set({ commune })}
          />
          <div class="field">
            <label for="f-public">{t('filters.public')}</label>
            <select
              id="f-public"
              value={f.public ?? ''}
              onChange={(e) => set({ public: (value(e) || null) as PublicFilter | null })}
            >
              <option value="">{t('filters.anyPublic')}</option>
              <optgroup label={t('filters.ages')}>
                {AGE_BANDS.map((band) => (
                  <option key={band} value={band}>
                    {ageBandLabel(band)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('filters.publics')}>
                {DI_PUBLICS.map((p) => (
                  <option key={p} value={p}>
                    {publicLabel(p)}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <div class="field">
            <label for="f-tri">{t('filters.sort')}</label>
            <select
              id="f-tri"
              value={f.tri}
              onChange={(e) => {
                const tri = value(e) === 'distance' ? 'distance' : 'pertinence';
                set({ tri, depuis: tri === 'distance' ? (f.depuis ?? f.commune) : f.depuis });
              }}
            >
              <option value="pertinence">{t('filters.sort.relevance')}</option>
              <option value="distance">{t('filters.sort.distance')}</option>
            </select>
          </div>
          {f.tri === 'distance' && (
            <CommuneSelect
              id="f-depuis"
              label={t('filters.from')}
              emptyLabel={t('filters.fromPrompt')}
              communes={communes}
              value={f.depuis}
              onChange={(depuis) => set({ depuis })}
            />
          )}
          <div class="checks">
            <label class="check">
              <input
                type="checkbox"
                checked={f.gratuit}
                onChange={(e) => set({ gratuit: checked(e) })}
              />
              {t('filters.free')}
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={f.ouvert}
                onChange={(e) => set({ ouvert: checked(e) })}
              />
              {t('filters.openNow')}
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={f.fauteuil}
                onChange={(e) => set({ fauteuil: checked(e) })}
              />
              {t('filters.wheelchair')}
            </label>
          </div>
        </fieldset>
      </form>
    </search>
  );
}
