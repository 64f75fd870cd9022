import type { Commune, Theme } from '../../../shared/pack/pack-schema';
import { referenceDb } from '../../db/databases';
import { useAsync } from '../../ui/use-async';

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** The small lists the filters offer: the pack's communes (by name) and themes. */
export function usePackLists(pack: string | null) {
  return useAsync(async (): Promise<{ communes: Commune[]; themes: Theme[] }> => {
    if (!pack) return { communes: [], themes: [] };
    const [communes, themes] = await Promise.all([
      referenceDb.communes.where('pack').equals(pack).toArray(),
      referenceDb.themes.where('pack').equals(pack).toArray(),
    ]);
    return { communes: communes.sort((a, b) => collator.compare(a.name, b.name)), themes };
  }, [pack]);
}
