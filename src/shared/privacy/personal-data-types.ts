/** The kinds of personal data a free-text note must not carry (GDPR data minimisation). */
export type PersonalDataKind =
  | 'telephone'
  | 'courriel'
  | 'nir'
  | 'iban'
  | 'adresse'
  | 'date-de-naissance'
  | 'nom';

/** One suspicious passage: text.slice(start, end) === match. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  match: string;
  start: number;
  end: number;
}
