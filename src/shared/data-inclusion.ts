/**
 * Enumerations of the data·inclusion schema v1 that the pack reuses as they are, so that an
 * import from a data·inclusion export keeps its values.
 */
export const DI_SERVICE_TYPES = [
  'accompagnement',
  'aide-financiere',
  'aide-materielle',
  'atelier',
  'formation',
  'information',
] as const;

export const DI_PUBLICS = [
  'actifs',
  'beneficiaires-des-minimas-sociaux',
  'demandeurs-emploi',
  'etudiants',
  'familles',
  'femmes',
  'jeunes',
  'personnes-en-situation-de-handicap',
  'personnes-en-situation-durgence',
  'personnes-en-situation-juridique-specifique',
  'personnes-exilees',
  'residents-qpv-frr',
  'seniors',
  'tous-publics',
] as const;

export const DI_FRAIS = ['gratuit', 'payant'] as const;
export const DI_MODES_ACCUEIL = ['a-distance', 'en-presentiel'] as const;
export const DI_MODES_MOBILISATION = [
  'envoyer-un-courriel',
  'se-presenter',
  'telephoner',
  'utiliser-lien-mobilisation',
] as const;
export const DI_MOBILISABLE_PAR = ['professionnels', 'usagers'] as const;

/** A data·inclusion thématique is "category--sub-category" in lower-case kebab. */
export const DI_THEMATIQUE_PATTERN = /^[a-z0-9-]+(--[a-z0-9-]+)?$/;
