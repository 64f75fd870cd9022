import { communeOf } from '../communes';
import { deCommune, slug } from '../french';
import type { StructureSource } from '../model';

const SAINT_VALLIER = '06130';

type MairieRow = Pick<
  StructureSource,
  'insee' | 'ligne' | 'complement' | 'fauteuil' | 'acceslibre' | 'offre'
>;

/** Small villages: one mairie each hosts the permanences that come up from Grasse. */
const MAIRIES: MairieRow[] = [
  {
    insee: '06058',
    ligne: '1 place de la Mairie',
    fauteuil: 'oui',
    offre: ['mairie-accueil', 'mairie-point-numerique'],
  },
  {
    insee: '06003',
    ligne: '2 place de la Mairie',
    fauteuil: 'non',
    offre: ['mairie-accueil', 'mairie-logements'],
  },
  {
    insee: '06134',
    ligne: '1 rue de la Mairie',
    fauteuil: 'oui',
    acceslibre: true,
    offre: ['mairie-accueil', 'mairie-point-numerique'],
  },
  {
    insee: '06154',
    ligne: '1 place de la Fontaine',
    complement: 'La Ferrière',
    fauteuil: 'oui',
    offre: ['mairie-accueil', 'mairie-logements'],
  },
  { insee: '06028', ligne: "3 place de l'Église", fauteuil: 'inconnu', offre: ['mairie-accueil'] },
  {
    insee: '06116',
    ligne: '1 place de la Mairie',
    fauteuil: 'oui',
    acceslibre: true,
    offre: ['mairie-accueil', 'mairie-point-numerique', 'mairie-logements'],
  },
  { insee: '06024', ligne: '2 place du Village', fauteuil: 'non', offre: ['mairie-accueil'] },
  { insee: '06081', ligne: '1 rue du Château', fauteuil: 'non', offre: ['mairie-accueil'] },
  { insee: '06045', ligne: '1 place de la Mairie', fauteuil: 'inconnu', offre: ['mairie-accueil'] },
  { insee: '06063', ligne: "4 rue de l'Estéron", fauteuil: 'non', offre: ['mairie-accueil'] },
  { insee: '06002', ligne: '1 place du Village', fauteuil: 'inconnu', offre: ['mairie-accueil'] },
  { insee: '06087', ligne: '1 place de la Mairie', fauteuil: 'non', offre: ['mairie-accueil'] },
];

/** "mairie-saint-auban", "Mairie de Saint-Auban": ids and names follow the commune's name. */
function mairie(row: MairieRow): StructureSource {
  const name = communeOf(row.insee).name;
  return { id: `mairie-${slug(name)}`, nom: `Mairie ${deCommune(name)}`, type: 'mairie', ...row };
}

export const HAUT_PAYS_STRUCTURES: StructureSource[] = [
  {
    id: 'fs-saint-vallier-de-thiey',
    nom: 'France Services de Saint-Vallier-de-Thiey',
    type: 'france-services',
    insee: SAINT_VALLIER,
    ligne: '6 place du Grand-Pré',
    fauteuil: 'oui',
    acceslibre: true,
    zone: ['moyen-pays', 'haut-pays', 'collines'],
    offre: ['fs-accueil', 'numerique-ateliers', 'ecrivain-public'],
  },
  {
    id: 'ccas-saint-vallier-de-thiey',
    nom: 'CCAS de Saint-Vallier-de-Thiey',
    type: 'ccas',
    insee: SAINT_VALLIER,
    ligne: '1 place de la Mairie',
    fauteuil: 'oui',
    offre: ['ccas-accueil', 'ccas-aides', 'ccas-logement'],
  },
  {
    id: 'eaje-saint-vallier-de-thiey',
    nom: 'Multi-accueil Les Petits Bergers',
    type: 'eaje',
    insee: SAINT_VALLIER,
    ligne: '15 chemin des Bergeries',
    fauteuil: 'oui',
    zone: 'moyen-pays',
    offre: ['eaje-multi-accueil'],
  },
  {
    id: 'alsh-saint-vallier-de-thiey',
    nom: 'Accueil de loisirs du Thiey',
    type: 'accueil-de-loisirs',
    insee: SAINT_VALLIER,
    ligne: '3 avenue des Écoles',
    fauteuil: 'oui',
    zone: 'moyen-pays',
    offre: ['alsh-enfants', 'alsh-ados'],
  },
  {
    id: 'pij-saint-vallier-de-thiey',
    nom: 'Point Information Jeunesse de Saint-Vallier-de-Thiey',
    type: 'point-information-jeunesse',
    insee: SAINT_VALLIER,
    ligne: '6 place du Grand-Pré',
    complement: 'Dans les locaux de France Services',
    fauteuil: 'oui',
    zone: ['moyen-pays', 'haut-pays'],
    offre: ['pij-accueil'],
  },
  {
    id: 'pmi-saint-vallier-de-thiey',
    nom: 'Antenne de PMI de Saint-Vallier-de-Thiey',
    type: 'pmi',
    insee: SAINT_VALLIER,
    ligne: '9 rue du Thiey',
    fauteuil: 'oui',
    zone: ['moyen-pays', 'haut-pays'],
    offre: ['pmi-consultations', 'pmi-perinatalite'],
  },
  {
    id: 'rpe-itinerant',
    nom: 'Relais Petite Enfance itinérant du moyen et haut pays',
    type: 'relais-petite-enfance',
    insee: SAINT_VALLIER,
    ligne: '9 rue du Thiey',
    complement: 'Bureau du relais (les ateliers ont lieu dans les villages)',
    fauteuil: 'oui',
    zone: ['moyen-pays', 'haut-pays'],
    offre: ['rpe-familles', 'rpe-professionnels'],
    mobilePhone: true,
  },
  {
    id: 'fs-itinerant',
    nom: 'Bus France Services du Pays de Grasse',
    type: 'france-services',
    insee: SAINT_VALLIER,
    ligne: '15 chemin des Bergeries',
    complement: 'Dépôt du bus, sans accueil du public',
    fauteuil: 'oui',
    offre: ['bus-itinerant'],
    mobilePhone: true,
  },
  {
    id: 'evs-haut-pays',
    nom: 'Espace de vie sociale du haut pays',
    type: 'espace-vie-sociale',
    insee: '06134',
    ligne: '3 route des Bois-de-Pins',
    complement: 'Ancienne école',
    fauteuil: 'oui',
    zone: 'haut-pays',
    offre: ['evs-accueil', 'evs-transport', 'evs-parents-enfants', 'numerique-ateliers'],
  },
  {
    id: 'eaje-valderoure',
    nom: 'Micro-crèche Les Marmottes',
    type: 'eaje',
    insee: '06154',
    ligne: '5 chemin des Prés',
    complement: 'La Ferrière',
    fauteuil: 'oui',
    zone: 'haut-pays',
    offre: ['eaje-micro-creche'],
  },
  {
    id: 'alsh-valderoure',
    nom: 'Accueil de loisirs intercommunal du haut pays',
    type: 'accueil-de-loisirs',
    insee: '06154',
    ligne: '7 chemin des Prés',
    complement: 'La Ferrière',
    fauteuil: 'oui',
    zone: 'haut-pays',
    offre: ['alsh-enfants'],
  },
  {
    id: 'foyer-esteron',
    nom: "Foyer rural de l'Estéron",
    type: 'association',
    insee: '06116',
    ligne: '2 place de la Mairie',
    complement: 'Salle des fêtes',
    fauteuil: 'oui',
    zone: 'esteron',
    offre: ['foyer-activites', 'evs-ludotheque'],
  },
  ...MAIRIES.map(mairie),
];
