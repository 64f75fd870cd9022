/** The six domains of the Convention Territoriale Globale: the product's themes everywhere. */
export const DOMAINS = [
  'petite-enfance',
  'jeunesse',
  'animation-vie-sociale',
  'parentalite',
  'logement',
  'acces-aux-droits',
] as const;

export type DomainId = (typeof DOMAINS)[number];
