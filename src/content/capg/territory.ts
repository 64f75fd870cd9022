import type { PackMeta, Territory } from '../../shared/pack/pack-schema';

export const CAPG_EPCI_SIREN = '200039857';

export const CAPG_TERRITORY: Territory = {
  id: 'capg',
  name: "Communauté d'Agglomération du Pays de Grasse",
  epciSiren: CAPG_EPCI_SIREN,
  branding: { shortName: 'Pays de Grasse', colour: '#1d4f91' },
};

/** Shown in the app's "about the data" screen: the demo label must never be lost. */
export const CAPG_DEMO_SOURCES: PackMeta['sources'] = [
  { name: 'Données de démonstration — services fictifs' },
  {
    name: 'Communes : INSEE (code officiel géographique, populations légales) et IGN Admin Express',
    url: 'https://geoservices.ign.fr/adminexpress',
    licence: 'Licence Ouverte 2.0',
  },
  {
    name: 'Thématiques, publics et modes de mobilisation : schéma data·inclusion v1',
    url: 'https://github.com/gip-inclusion/data-inclusion-schema',
    licence: 'Licence Ouverte 2.0',
  },
];
