import type { PersonalDataFinding, PersonalDataKind } from './personal-data-types';

const WHY =
  "les journaux d'activité ne doivent permettre d'identifier personne (RGPD, minimisation des données)";

/** "ressemble …" (preposition included: « à une », « au ») and what to do about it. */
const WHAT: Record<PersonalDataKind, { looksLike: string; remove: string }> = {
  telephone: { looksLike: 'à un numéro de téléphone', remove: 'Retirez-le de la note.' },
  courriel: { looksLike: 'à une adresse électronique', remove: 'Retirez-la de la note.' },
  nir: {
    looksLike: 'à un numéro de sécurité sociale (NIR)',
    remove: 'Retirez-le de la note : le NIR ne doit jamais y figurer.',
  },
  iban: {
    looksLike: 'à des coordonnées bancaires (IBAN ou RIB)',
    remove: 'Retirez-les de la note.',
  },
  adresse: {
    looksLike: 'à une adresse',
    remove: 'Retirez-la de la note : la commune, saisie à part, suffit.',
  },
  'date-de-naissance': {
    looksLike: 'à une date de naissance',
    remove: "Retirez-la de la note : la tranche d'âge, saisie à part, suffit.",
  },
  nom: {
    looksLike: "au nom d'une personne",
    remove: 'Retirez-le de la note ; écrivez plutôt « la mère », « l’enfant », « la famille ».',
  },
};

/** One short French sentence: what was found, why it cannot stay, what to do. */
export function describeFinding(f: PersonalDataFinding): string {
  const { looksLike, remove } = WHAT[f.kind];
  return `"${f.match}" ressemble ${looksLike} : ${WHY}. ${remove}`;
}
