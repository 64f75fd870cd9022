import type { Service } from '../../../shared/pack/pack-schema';

/** Shorthands shared by the template tables. */
export const TOUS_AGES: Service['agesPublic'] = [
  '0-2',
  '3-5',
  '6-11',
  '12-15',
  '16-17',
  '18-25',
  '26-59',
  '60+',
];
export const ADULTES: Service['agesPublic'] = ['18-25', '26-59', '60+'];
export const PARENTS: Service['agesPublic'] = ['18-25', '26-59'];
export const JEUNES_ENFANTS: Service['agesPublic'] = ['0-2', '3-5'];

export const SUR_PLACE: Service['modesAccueil'] = ['en-presentiel'];
export const SUR_PLACE_ET_A_DISTANCE: Service['modesAccueil'] = ['en-presentiel', 'a-distance'];

export const TOUS_CONTACTS: Service['modesMobilisation'] = [
  'se-presenter',
  'telephoner',
  'envoyer-un-courriel',
];
export const PAR_TELEPHONE: Service['modesMobilisation'] = ['telephoner', 'envoyer-un-courriel'];

export const USAGERS_ET_PROS: NonNullable<Service['mobilisablePar']> = [
  'usagers',
  'professionnels',
];
export const PROS: NonNullable<Service['mobilisablePar']> = ['professionnels'];

/** Office hours with a lunch break, in a few local variants. */
export const BUREAUX: readonly [string, ...string[]] = [
  'Mo-Fr 08:30-12:00,13:30-17:00; PH off',
  'Mo-Th 08:30-12:00,13:30-17:00; Fr 08:30-12:00,13:30-16:00; PH off',
  'Mo-Fr 08:00-12:00,13:30-16:30; PH off',
  'Mo,Tu,Th,Fr 08:30-12:00,13:30-17:00; We 08:30-12:00; PH off',
];
