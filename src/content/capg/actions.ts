import type { Action } from '../../shared/pack/pack-schema';

/**
 * Twenty demonstration fiches-actions, shaped like those of a real CTG (one domain each).
 * Workers tag an activity log with the fiche it serves; the indicators are read per fiche.
 */
export const CAPG_ACTIONS: Action[] = [
  {
    id: 'fa-01',
    number: 1,
    title: "Développer l'offre d'accueil du jeune enfant dans le moyen et haut pays",
    domain: 'petite-enfance',
  },
  {
    id: 'fa-02',
    number: 2,
    title: "Faciliter l'accès des parents en insertion professionnelle aux modes d'accueil",
    domain: 'petite-enfance',
  },
  {
    id: 'fa-03',
    number: 3,
    title: 'Informer les familles par un guichet unique de la petite enfance',
    domain: 'petite-enfance',
  },
  {
    id: 'fa-04',
    number: 4,
    title: 'Accompagner les assistants maternels par le réseau des relais petite enfance',
    domain: 'petite-enfance',
  },
  {
    id: 'fa-05',
    number: 5,
    title: "Structurer une offre d'accueil des adolescents sur tout le territoire",
    domain: 'jeunesse',
  },
  {
    id: 'fa-06',
    number: 6,
    title: "Accompagner l'autonomie et l'insertion des 16-25 ans",
    domain: 'jeunesse',
  },
  {
    id: 'fa-07',
    number: 7,
    title: "Développer l'information jeunesse de proximité",
    domain: 'jeunesse',
  },
  {
    id: 'fa-08',
    number: 8,
    title: 'Soutenir les centres sociaux et les espaces de vie sociale dans leur projet',
    domain: 'animation-vie-sociale',
  },
  {
    id: 'fa-09',
    number: 9,
    title: "Favoriser la participation des habitants et l'engagement bénévole",
    domain: 'animation-vie-sociale',
  },
  {
    id: 'fa-10',
    number: 10,
    title: "Rompre l'isolement des habitants du haut pays",
    domain: 'animation-vie-sociale',
  },
  {
    id: 'fa-11',
    number: 11,
    title: 'Coordonner et rendre visibles les actions de soutien à la parentalité',
    domain: 'parentalite',
  },
  {
    id: 'fa-12',
    number: 12,
    title: 'Accompagner les parents lors des séparations et des conflits familiaux',
    domain: 'parentalite',
  },
  {
    id: 'fa-13',
    number: 13,
    title: "Développer les lieux d'accueil enfants-parents, y compris itinérants",
    domain: 'parentalite',
  },
  {
    id: 'fa-14',
    number: 14,
    title: 'Prévenir les impayés de loyer et les expulsions locatives',
    domain: 'logement',
  },
  {
    id: 'fa-15',
    number: 15,
    title: "Lutter contre l'habitat indigne et la précarité énergétique",
    domain: 'logement',
  },
  {
    id: 'fa-16',
    number: 16,
    title: "Faciliter l'accès au logement des jeunes",
    domain: 'logement',
  },
  {
    id: 'fa-17',
    number: 17,
    title: "Renforcer l'accès aux droits par l'aller-vers",
    domain: 'acces-aux-droits',
  },
  {
    id: 'fa-18',
    number: 18,
    title: 'Mailler le territoire en France Services et en permanences de proximité',
    domain: 'acces-aux-droits',
  },
  {
    id: 'fa-19',
    number: 19,
    title: "Accompagner les familles vers l'autonomie numérique",
    domain: 'acces-aux-droits',
  },
  {
    id: 'fa-20',
    number: 20,
    title: 'Partager une culture commune entre professionnels pour mieux orienter les familles',
    domain: 'acces-aux-droits',
  },
];
