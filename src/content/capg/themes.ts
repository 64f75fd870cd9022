import type { Theme } from '../../shared/pack/pack-schema';

/**
 * The six CTG domains with the data·inclusion v1 thematiques each one covers, so that an
 * imported data·inclusion service can be given a domain from its thematiques.
 */
export const CAPG_THEMES: Theme[] = [
  {
    id: 'petite-enfance',
    label: 'Petite enfance',
    thematiques: ['famille--garde-denfants'],
  },
  {
    id: 'jeunesse',
    label: 'Jeunesse',
    thematiques: [
      'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite',
      'choisir-un-metier--identifier-ses-points-forts-et-ses-competences',
      'se-former--trouver-sa-formation',
      'se-former--monter-son-dossier-de-formation',
      'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation',
      'trouver-un-emploi--repondre-a-des-offres-demploi',
      'mobilite--preparer-un-permis',
      'remobilisation--activites-sportives-et-culturelles',
    ],
  },
  {
    id: 'animation-vie-sociale',
    label: 'Animation de la vie sociale',
    thematiques: [
      'remobilisation--lien-social',
      'remobilisation--benevolat-action-citoyenne',
      'remobilisation--bien-etre-confiance-en-soi',
      'lecture-ecriture-calcul--maitriser-le-francais',
      'numerique--maitriser-les-fondamentaux-du-numerique',
      'mobilite--mobilite-douce-partagee-collective',
    ],
  },
  {
    id: 'parentalite',
    label: 'Parentalité',
    thematiques: [
      'famille--soutien-a-la-parentalite-et-a-leducation',
      'famille--surmonter-conflits-separation-violence',
      'famille--soutien-aidants',
    ],
  },
  {
    id: 'logement',
    label: 'Logement',
    thematiques: [
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--changer-de-logement',
      'logement-hebergement--acheter-un-logement',
      'logement-hebergement--rechercher-une-solution-dhebergement-temporaire',
      'logement-hebergement--reduire-les-impayes-de-loyer',
      'logement-hebergement--se-maintenir-dans-le-logement',
      'logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement',
    ],
  },
  {
    id: 'acces-aux-droits',
    label: 'Accès aux droits',
    thematiques: [
      'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives',
      'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
      'difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire',
      'difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination',
      'difficultes-financieres--ameliorer-sa-gestion-budgetaire',
      'difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere',
      'difficultes-financieres--situation-dendettement-surendettement',
      'equipement-et-alimentation--alimentation',
      'numerique--acceder-a-des-services-en-ligne',
      'numerique--acceder-a-une-connexion-internet',
      'sante--acces-aux-soins',
    ],
  },
];
