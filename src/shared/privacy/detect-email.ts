import type { PersonalDataFinding } from './personal-data-types';
import { LETTER, scan } from './text-scan';

/**
 * name@domain.tld, accented local parts accepted, and a space tolerated around the @ since
 * notes are typed fast on tablets. The look-behind keeps the scan linear on long words.
 */
const EMAIL = new RegExp(
  String.raw`(?<![${LETTER}\d._%+\-])[${LETTER}\d._%+\-]+\s?@\s?[${LETTER}\d\-]+(?:\.[${LETTER}\d\-]+)*\.[A-Za-z]{2,24}(?![${LETTER}\d])`,
  'gu',
);

export function detectEmails(text: string): PersonalDataFinding[] {
  return scan(text, EMAIL, 'courriel');
}
