import type { Action, Commune, Theme } from '../../../shared/pack/pack-schema';
import { referenceDb, workerDb } from '../../db/databases';
import { emptyForm, type LogFormState } from './log-form-state';

export interface FormContext {
  communes: Commune[];
  themes: Theme[];
  actions: Action[];
  guidance: Array<{ id: string; title: string }>;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** The pack's lists for the form, and its starting answers (a new log, an edit, or from a service page). */
export async function loadFormContext(
  pack: string | null,
  userId: string,
  editId: string | null,
  serviceId: string | null,
): Promise<{ context: FormContext; initial: LogFormState }> {
  const [communes, themes, actions, lastCommune] = await Promise.all([
    pack ? referenceDb.communes.where('pack').equals(pack).toArray() : [],
    pack ? referenceDb.themes.where('pack').equals(pack).toArray() : [],
    pack ? referenceDb.actions.where('pack').equals(pack).toArray() : [],
    workerDb.deviceState.get('last-commune'),
  ]);
  const context: FormContext = {
    communes: communes.sort((a, b) => collator.compare(a.name, b.name)),
    themes,
    actions: actions.sort((a, b) => a.number - b.number),
    guidance: [],
  };
  let initial = emptyForm(lastCommune?.key === 'last-commune' ? lastCommune.insee : '');
  if (editId) {
    const row = await workerDb.logs.get(editId);
    if (row && row.authorId === userId) {
      const names = pack
        ? await referenceDb.services.bulkGet(
            row.log.services.map((id) => [pack, id] as [string, string]),
          )
        : [];
      initial = {
        day: row.log.day,
        commune: row.log.commune,
        contactType: row.log.contactType,
        profile: row.log.household.profile,
        children: row.log.household.children,
        childAgeBands: [...row.log.household.childAgeBands],
        domains: [...row.log.domains],
        rights: [...row.log.rights],
        services: row.log.services.map((id, i) => ({ id, nom: names[i]?.nom ?? id })),
        actions: [...row.log.actions],
        outcome: row.log.outcome,
        followUpDay: row.log.followUpDay ?? '',
        duration: row.log.duration,
        note: row.log.note ?? '',
      };
    }
  } else if (serviceId && pack) {
    const service = await referenceDb.services.get([pack, serviceId]);
    if (service)
      initial = {
        ...initial,
        services: [{ id: service.id, nom: service.nom }],
        domains: [...service.domaines],
      };
  }
  return { context, initial };
}
