import { AGE_BANDS } from '../../../shared/age-bands';
import { DI_PUBLICS } from '../../../shared/data-inclusion';
import type { DirectoryFilters, PublicFilter } from '../../../shared/directory/directory-filters';
import { DOMAINS, type DomainId } from '../../../shared/domains';

const INSEE = /^(\d{5}|2[AB]\d{3})$/;
const PUBLICS: readonly string[] = [...AGE_BANDS, ...DI_PUBLICS];

/** Reads filters from a query string; unknown or malformed values are ignored, never fatal. */
export function filtersFromQuery(search: string): DirectoryFilters {
  const p = new URLSearchParams(search);
  const pick = <T extends string>(value: string | null, allowed: readonly string[]) =>
    value !== null && allowed.includes(value) ? (value as T) : null;
  const commune = p.get('commune');
  const depuis = p.get('depuis');
  return {
    q: (p.get('q') ?? '').slice(0, 200),
    domaine: pick<DomainId>(p.get('domaine'), DOMAINS),
    commune: commune && INSEE.test(commune) ? commune : null,
    public: pick<PublicFilter>(p.get('public'), PUBLICS),
    gratuit: p.get('gratuit') === '1',
    ouvert: p.get('ouvert') === '1',
    fauteuil: p.get('fauteuil') === '1',
    tri: p.get('tri') === 'distance' ? 'distance' : 'pertinence',
    depuis: depuis && INSEE.test(depuis) ? depuis : null,
  };
}

/** The shortest query string for these filters (defaults are left out). */
export function filtersToQuery(f: DirectoryFilters): string {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.domaine) p.set('domaine', f.domaine);
  if (f.commune) p.set('commune', f.commune);
  if (f.public) p.set('public', f.public);
  if (f.gratuit) p.set('gratuit', '1');
  if (f.ouvert) p.set('ouvert', '1');
  if (f.fauteuil) p.set('fauteuil', '1');
  if (f.tri === 'distance') p.set('tri', 'distance');
  if (f.tri === 'distance' && f.depuis) p.set('depuis', f.depuis);
  const query = p.toString();
  return query ? `?${query}` : '';
}
