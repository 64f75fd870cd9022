import type { PermanenceSource } from './model';

const SAINT_VALLIER_FS = 'fs-saint-vallier-de-thiey';
const MOYEN_ET_HAUT_PAYS = ['moyen-pays', 'haut-pays'] as const;

/**
 * Services held away from their structure's office: this is how the villages of the moyen and
 * haut pays are served ("aller-vers", fiche-action 17). Monthly slots use the opening_hours
 * "nth weekday" form: "Th[2]" is the second Thursday of the month.
 */
export const CAPG_PERMANENCES: PermanenceSource[] = [
  // France Services: permanences in mairies, and the stops of the bus.
  {
    by: SAINT_VALLIER_FS,
    template: 'fs-permanence',
    at: 'mairie-saint-auban',
    horaires: 'Tu 09:00-12:00,13:30-16:30',
    zone: 'esteron',
  },
  {
    by: SAINT_VALLIER_FS,
    template: 'fs-permanence',
    at: 'mairie-escragnolles',
    horaires: 'Th 09:00-12:00',
    zone: 'commune',
  },
  {
    by: SAINT_VALLIER_FS,
    template: 'fs-permanence',
    at: 'mairie-andon',
    horaires: 'Fr[1,3] 09:00-12:00',
    zone: ['06003', '06028'],
  },
  {
    by: 'fs-itinerant',
    template: 'bus-halte',
    at: 'mairie-seranon',
    horaires: 'Tu[1,3] 09:30-12:00',
    complement: 'Parking de la mairie',
  },
  {
    by: 'fs-itinerant',
    template: 'bus-halte',
    at: 'mairie-valderoure',
    horaires: 'Tu[1,3] 13:30-16:00',
    complement: 'Parking de La Ferrière',
  },
  {
    by: 'fs-itinerant',
    template: 'bus-halte',
    at: 'mairie-caille',
    horaires: 'Fr[2,4] 09:30-11:30',
    complement: "Parvis de l'église",
  },
  {
    by: 'fs-itinerant',
    template: 'bus-halte',
    at: 'mairie-brianconnet',
    horaires: 'We[2,4] 09:30-12:00',
    complement: 'Place du Village',
  },
  {
    by: 'fs-itinerant',
    template: 'bus-halte',
    at: 'mairie-gars',
    horaires: 'We[2,4] 13:30-15:00',
    complement: 'Devant la mairie',
  },
  {
    by: 'fs-itinerant',
    template: 'bus-halte',
    at: 'mairie-le-mas',
    horaires: 'Th[1] 09:30-11:30',
    complement: 'Parking du lavoir',
  },
  {
    by: 'fs-itinerant',
    template: 'bus-halte',
    at: 'mairie-les-mujouls',
    horaires: 'Th[1] 13:30-15:00',
    complement: 'Devant la mairie',
  },
  {
    by: 'fs-itinerant',
    template: 'bus-halte',
    at: 'mairie-collongues',
    horaires: 'Th[3] 09:30-11:00',
    complement: 'Place de la Mairie',
  },
  {
    by: 'fs-itinerant',
    template: 'bus-halte',
    at: 'mairie-amirat',
    horaires: 'Th[3] 13:30-15:00',
    complement: 'Place du Village',
  },

  // Institutions that come up from Grasse.
  {
    by: 'caf-grasse',
    template: 'caf-permanence',
    at: SAINT_VALLIER_FS,
    horaires: 'Th 09:00-12:00,13:30-16:00',
    zone: MOYEN_ET_HAUT_PAYS,
  },
  {
    by: 'caf-grasse',
    template: 'caf-permanence',
    at: 'cs-peymeinade',
    horaires: 'Mo 13:30-16:30',
    zone: 'collines',
  },
  {
    by: 'msa-grasse',
    template: 'msa-permanence',
    at: SAINT_VALLIER_FS,
    horaires: 'Tu[2] 09:00-12:00',
    zone: MOYEN_ET_HAUT_PAYS,
  },
  {
    by: 'msa-grasse',
    template: 'msa-permanence',
    at: 'mairie-valderoure',
    horaires: 'Th[4] 09:30-12:00',
    zone: 'haut-pays-ouest',
  },
  {
    by: 'ml-grasse',
    template: 'ml-permanence',
    at: SAINT_VALLIER_FS,
    horaires: 'We 09:00-12:00',
    zone: MOYEN_ET_HAUT_PAYS,
  },
  {
    by: 'ml-grasse',
    template: 'ml-permanence',
    at: 'cs-mouans-sartoux',
    horaires: 'Tu 13:30-17:00',
    zone: 'siagne',
  },
  {
    by: 'ml-grasse',
    template: 'ml-permanence',
    at: 'cs-peymeinade',
    horaires: 'Th 09:00-12:00',
    zone: 'collines',
  },
  {
    by: 'ml-grasse',
    template: 'ml-permanence',
    at: 'mairie-saint-auban',
    horaires: 'Fr[2] 10:00-12:00',
    zone: 'esteron',
  },
  {
    by: 'adil-grasse',
    template: 'adil-permanence',
    at: SAINT_VALLIER_FS,
    horaires: 'Th[1] 14:00-16:30',
    zone: MOYEN_ET_HAUT_PAYS,
  },
  {
    by: 'adil-grasse',
    template: 'adil-permanence',
    at: 'ccas-mouans-sartoux',
    horaires: 'Tu[3] 09:00-12:00',
    zone: 'siagne',
  },
  {
    by: 'capg-habitat',
    template: 'habitat-permanence',
    at: SAINT_VALLIER_FS,
    horaires: 'Mo[1] 14:00-17:00',
    zone: MOYEN_ET_HAUT_PAYS,
  },
  {
    by: 'capg-habitat',
    template: 'habitat-permanence',
    at: 'mairie-seranon',
    horaires: 'Mo[3] 14:00-16:30',
    zone: 'haut-pays-ouest',
  },
  {
    by: 'pj-grasse',
    template: 'conciliateur',
    at: SAINT_VALLIER_FS,
    horaires: 'We[1] 09:00-12:00',
    zone: MOYEN_ET_HAUT_PAYS,
  },
  {
    by: 'pj-grasse',
    template: 'conciliateur',
    at: 'ccas-peymeinade',
    horaires: 'Mo[2] 14:00-17:00',
    zone: 'collines',
  },
  {
    by: 'mf-grasse',
    template: 'mf-permanence',
    at: SAINT_VALLIER_FS,
    horaires: 'Fr[2] 09:00-12:00',
    zone: MOYEN_ET_HAUT_PAYS,
  },

  // Early childhood and parenting, in the villages.
  {
    by: 'pmi-saint-vallier-de-thiey',
    template: 'pmi-itinerante',
    at: 'mairie-saint-auban',
    horaires: 'Th[2] 09:00-12:00',
    zone: 'esteron',
  },
  {
    by: 'pmi-saint-vallier-de-thiey',
    template: 'pmi-itinerante',
    at: 'mairie-valderoure',
    horaires: 'Tu[1,3] 09:00-12:00',
    zone: 'haut-pays-ouest',
  },
  {
    by: 'rpe-itinerant',
    template: 'rpe-ateliers-itinerants',
    at: 'evs-haut-pays',
    horaires: 'Tu 09:15-11:30',
    zone: 'haut-pays-ouest',
  },
  {
    by: 'rpe-itinerant',
    template: 'rpe-ateliers-itinerants',
    at: 'mairie-saint-auban',
    horaires: 'Th[1,3] 09:15-11:30',
    zone: 'esteron',
  },
  {
    by: 'rpe-itinerant',
    template: 'rpe-ateliers-itinerants',
    at: 'mairie-escragnolles',
    horaires: 'Fr 09:15-11:30',
    zone: 'moyen-pays',
  },
  {
    by: 'laep-grasse',
    template: 'laep-itinerant',
    at: 'evs-haut-pays',
    horaires: 'We[2,4] 09:30-11:30',
    zone: 'haut-pays',
  },
  {
    by: 'laep-grasse',
    template: 'laep-itinerant',
    at: 'evs-saint-cezaire-sur-siagne',
    horaires: 'Fr[1,3] 09:00-11:30',
    zone: 'collines',
  },
];
