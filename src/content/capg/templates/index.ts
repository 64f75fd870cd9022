import type { ServiceTemplate } from '../model';
import { ACCES_AUX_DROITS_TEMPLATES } from './acces-aux-droits';
import { JEUNESSE_TEMPLATES } from './jeunesse';
import { LOGEMENT_TEMPLATES } from './logement';
import { PARENTALITE_TEMPLATES } from './parentalite';
import { PETITE_ENFANCE_TEMPLATES } from './petite-enfance';
import { VIE_SOCIALE_TEMPLATES } from './vie-sociale';

const ALL: ServiceTemplate[] = [
  ...PETITE_ENFANCE_TEMPLATES,
  ...JEUNESSE_TEMPLATES,
  ...VIE_SOCIALE_TEMPLATES,
  ...PARENTALITE_TEMPLATES,
  ...LOGEMENT_TEMPLATES,
  ...ACCES_AUX_DROITS_TEMPLATES,
];

const byKey = new Map<string, ServiceTemplate>();
for (const template of ALL) {
  if (byKey.has(template.key)) throw new Error(`Modèle de service « ${template.key} » en double`);
  byKey.set(template.key, template);
}

export function templateOf(key: string): ServiceTemplate {
  const template = byKey.get(key);
  if (!template) throw new Error(`Modèle de service « ${key} » inconnu`);
  return template;
}
