import type { PersonalDataFinding } from './personal-data-types';
import { scan } from './text-scan';

// One separator between digit pairs: space (\s covers the non-breaking ones), dot or dash.
const SEP = String.raw`[\s.\-]`;

/**
 * French national numbers, 0 + 9 digits: either written solid (0612345678) or with a separator
 * between every pair (06 12 34 56 78, 06.12-34 56.78). Half-separated runs are left alone, so
 * "le 01.02.2024 10h" is not read as 01 02 20 24 10.
 */
const NATIONAL = new RegExp(String.raw`(?<![\d+])0[1-9](?:\d{8}|(?:${SEP}\d{2}){4})(?!\d)`, 'gu');

/** +33 / 0033, optional (0), then 9 digits with or without separators: the prefix is signal enough. */
const FRENCH_INTERNATIONAL = new RegExp(
  String.raw`(?<![\d+])(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-9](?:${SEP}?\d){8}(?!\d)`,
  'gu',
);

/** Any other +country number (families keep relatives' numbers abroad): 8 to 13 digits after +. */
const OTHER_INTERNATIONAL = new RegExp(
  String.raw`(?<![\d+])\+[1-9]\d{0,2}(?:${SEP}?\(?\d\)?){8,13}(?!\d)`,
  'gu',
);

export function detectPhones(text: string): PersonalDataFinding[] {
  return [
    ...scan(text, NATIONAL, 'telephone'),
    ...scan(text, FRENCH_INTERNATIONAL, 'telephone'),
    ...scan(text, OTHER_INTERNATIONAL, 'telephone'),
  ];
}
