/** The kinds of structures a family meets on a French territory; labels live in the i18n catalogue. */
export const STRUCTURE_TYPES = [
  'ccas',
  'centre-social',
  'espace-vie-sociale',
  'relais-petite-enfance',
  'eaje',
  'laep',
  'point-information-jeunesse',
  'accueil-de-loisirs',
  'pmi',
  'caf',
  'msa',
  'france-services',
  'mission-locale',
  'adil',
  'mediation-familiale',
  'point-justice',
  'epicerie-solidaire',
  'maison-des-solidarites',
  'mairie',
  'association',
  'autre',
] as const;

export type StructureType = (typeof STRUCTURE_TYPES)[number];
