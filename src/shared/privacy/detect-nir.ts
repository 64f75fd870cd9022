import type { PersonalDataFinding } from './personal-data-types';
import { scan } from './text-scan';

// Groups may be glued or split by a space (any kind), a dot or a dash.
const S = String.raw`[\s.\-]?`;

/**
 * The NIR ("numéro de sécurité sociale"): sex (1, 2; 3, 4, 7, 8 for temporary numbers), year,
 * month (01-12, or 20-99 when unknown), department (2 digits, 2A/2B for Corsica, or 97x/98x
 * overseas with a 2-digit commune), commune, order number, then the optional 2-digit key.
 * The key is not required to be right: 13 digits shaped like this are an identifier anyway.
 */
const NIR = new RegExp(
  String.raw`(?<![\p{L}\d])[1-478]${S}\d{2}${S}(?:0[1-9]|1[0-2]|[2-9]\d)${S}(?:(?:\d{2}|2[AaBb])${S}\d{3}|9[78]\d${S}\d{2})${S}\d{3}(?:${S}\d{2})?(?![\p{L}\d])`,
  'gu',
);

export function detectNirs(text: string): PersonalDataFinding[] {
  return scan(text, NIR, 'nir');
}
