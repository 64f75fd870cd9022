import { detectAddresses } from './detect-address';
import { detectBirthDates } from './detect-birth-date';
import { detectEmails } from './detect-email';
import { detectIbans } from './detect-iban';
import { detectNames } from './detect-name';
import { detectNirs } from './detect-nir';
import { detectPhones } from './detect-phone';
import type { PersonalDataFinding, PersonalDataKind } from './personal-data-types';

export type { PersonalDataFinding, PersonalDataKind } from './personal-data-types';

/**
 * When two findings overlap, the more specific kind wins: an e-mail holding digits is not a
 * phone number, an IBAN's digit groups are not a NIR, a street named after someone is not a name.
 */
const PRIORITY: readonly PersonalDataKind[] = [
  'courriel',
  'iban',
  'nir',
  'telephone',
  'date-de-naissance',
  'adresse',
  'nom',
];

const overlaps = (a: PersonalDataFinding, b: PersonalDataFinding): boolean =>
  a.start < b.end && b.start < a.end;

function currentYear(today: string | undefined): number {
  const year = today === undefined ? Number.NaN : Number(today.slice(0, 4));
  return Number.isInteger(year) ? year : new Date().getFullYear();
}

/**
 * The passages of a note that may identify someone (phone, e-mail, NIR, IBAN, address, birth
 * date, name), in text order. The same code runs in the browser before saving and on the
 * server on receipt. `today` (AAAA-MM-JJ) dates the "old date near a birth word" rule.
 */
export function findPersonalData(text: string, today?: string): PersonalDataFinding[] {
  const candidates = [
    ...detectEmails(text),
    ...detectIbans(text),
    ...detectNirs(text),
    ...detectPhones(text),
    ...detectBirthDates(text, currentYear(today)),
    ...detectAddresses(text),
    ...detectNames(text),
  ].sort(
    (a, b) =>
      PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: PersonalDataFinding[] = [];
  for (const c of candidates) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
