import { describe, expect, it } from 'vitest';
import { NOTE_MAX_LENGTH } from '../../src/shared/logs/activity-log-schema';
import {
  findPersonalData,
  type PersonalDataFinding,
  type PersonalDataKind,
} from '../../src/shared/privacy/personal-data';
import { describeFinding } from '../../src/shared/privacy/personal-data-messages';
import { MUST_PASS, MUST_REFUSE } from '../fixtures/personal-data-corpus';

const TODAY = '2026-03-01';
const KINDS: PersonalDataKind[] = [
  'telephone',
  'courriel',
  'nir',
  'iban',
  'adresse',
  'date-de-naissance',
  'nom',
];

const show = (found: PersonalDataFinding[]) => found.map((f) => `${f.kind}: ${f.match}`);

describe('the shared corpus', () => {
  it('is large enough and covers every kind several times', () => {
    expect(MUST_PASS.length).toBeGreaterThanOrEqual(40);
    expect(MUST_REFUSE.length).toBeGreaterThanOrEqual(50);
    for (const kind of KINDS) {
      expect(MUST_REFUSE.filter((r) => r.kind === kind).length).toBeGreaterThanOrEqual(3);
    }
    for (const note of [...MUST_PASS, ...MUST_REFUSE.map((r) => r.note)]) {
      expect(note.length).toBeLessThanOrEqual(NOTE_MAX_LENGTH);
    }
  });

  it.each(MUST_PASS)('lets "%s" through', (note) => {
    expect(show(findPersonalData(note, TODAY))).toEqual([]);
  });

  it.each(MUST_REFUSE)('refuses "$note" ($kind)', ({ note, kind }) => {
    const found = findPersonalData(note, TODAY);
    expect(found.map((f) => f.kind)).toContain(kind);
  });

  it('gives offsets that point at the match, in text order', () => {
    for (const { note } of MUST_REFUSE) {
      const found = findPersonalData(note, TODAY);
      for (const f of found) expect(note.slice(f.start, f.end)).toBe(f.match);
      const starts = found.map((f) => f.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('explains every finding in French, quoting what was found', () => {
    for (const { note } of MUST_REFUSE) {
      for (const f of findPersonalData(note, TODAY)) {
        const message = describeFinding(f);
        expect(message).toContain(`"${f.match}"`);
        expect(message).toContain('RGPD');
      }
    }
  });
});

describe('findPersonalData', () => {
  it('reports each passage once, under its most specific kind', () => {
    const found = findPersonalData('écrire à jean.0612345678@gmail.com', TODAY);
    expect(show(found)).toEqual(['courriel: jean.0612345678@gmail.com']);
  });

  it('finds several kinds in one note', () => {
    const note = 'Mme Dupont, 12 rue des Lilas, 06 12 34 56 78, née le 3 mars 1985';
    expect(findPersonalData(note, TODAY).map((f) => f.kind)).toEqual([
      'nom',
      'adresse',
      'telephone',
      'date-de-naissance',
    ]);
  });

  it('reads phone numbers written with non-breaking spaces', () => {
    const found = findPersonalData('tél. 06\u00a012\u00a034\u00a056\u00a078', TODAY);
    expect(show(found)).toEqual(['telephone: 06\u00a012\u00a034\u00a056\u00a078']);
  });

  it('does not read a dotted date followed by a time as a phone number', () => {
    expect(findPersonalData('RDV le 01.02.2024 10h30', TODAY)).toEqual([]);
  });

  it('keeps an IBAN-shaped reference with a wrong checksum unless it is called an IBAN', () => {
    const shape = 'FR76 1234 5678 9012 3456 7890 123';
    expect(findPersonalData(`réf. ${shape}`, TODAY).map((f) => f.kind)).not.toContain('iban');
    expect(findPersonalData(`IBAN ${shape}`, TODAY).map((f) => f.kind)).toContain('iban');
  });

  it('dates the "birth word nearby" rule with today', () => {
    const note = 'Monsieur (12/03/2023, né en Algérie)';
    expect(findPersonalData(note, '2026-03-01').map((f) => f.kind)).toEqual(['date-de-naissance']);
    expect(findPersonalData(note, '2024-03-01')).toEqual([]);
  });

  it('does not take a due date or a benefit for a birth date', () => {
    expect(findPersonalData('naissance prévue le 12/06/2021', TODAY)).toEqual([]);
    expect(findPersonalData('congé de naissance du 12/03/2022 au 20/03/2022', TODAY)).toEqual([]);
  });

  it('tells places named after people from people', () => {
    expect(findPersonalData('collège Gérard Philipe, école maternelle Jean Zay', TODAY)).toEqual(
      [],
    );
    expect(findPersonalData('crèche Nadia Benali', TODAY)).toEqual([]);
    expect(show(findPersonalData('vu Nadia Benali au centre social', TODAY))).toEqual([
      'nom: Nadia Benali',
    ]);
  });

  it('treats "Madame X" as a placeholder, and a lone initial as a name', () => {
    expect(findPersonalData('Madame X reçue ce matin', TODAY)).toEqual([]);
    expect(show(findPersonalData('famille B. reçue ce matin', TODAY))).toEqual(['nom: famille B.']);
  });
});

describe('performance on adversarial input', () => {
  // No timing assertion: a catastrophic regex would hang the run, which is the failure.
  const adversarial = [
    'a'.repeat(NOTE_MAX_LENGTH),
    '0 '.repeat(NOTE_MAX_LENGTH / 2),
    '1'.repeat(NOTE_MAX_LENGTH),
    '1 '.repeat(NOTE_MAX_LENGTH / 2),
    '06'.repeat(NOTE_MAX_LENGTH / 2),
    'A'.repeat(NOTE_MAX_LENGTH),
    'FR76 '.repeat(NOTE_MAX_LENGTH / 5),
    'a.'.repeat(NOTE_MAX_LENGTH / 2),
    `${'a'.repeat(NOTE_MAX_LENGTH - 10)}@b.c`,
    '@'.repeat(NOTE_MAX_LENGTH),
    'Jean '.repeat(NOTE_MAX_LENGTH / 5),
    'Mme '.repeat(NOTE_MAX_LENGTH / 4),
    '12 rue '.repeat(NOTE_MAX_LENGTH / 7),
    'né le '.repeat(NOTE_MAX_LENGTH / 6),
    '12/'.repeat(NOTE_MAX_LENGTH / 3),
    'Aa-'.repeat(NOTE_MAX_LENGTH / 3),
  ];

  it.each(adversarial.map((s, i) => [i, s]))('returns on adversarial string #%i', (_i, text) => {
    expect(Array.isArray(findPersonalData(String(text), TODAY))).toBe(true);
  });

  it('returns on a full-length realistic note', () => {
    const note =
      'VAD ce jour. Madame souhaite une place en crèche pour septembre, orientée vers le RPE des ' +
      'Collines et la PMI de Pégomas. Dossier CAF (ASF, CMG) à compléter, RDV CAF le 14/01 à 9h. ' +
      'Voir avec le CCAS de Grasse pour une aide alimentaire. Rappeler le 12/05. Suivi ARIPA.';
    expect(note.length).toBeLessThanOrEqual(NOTE_MAX_LENGTH);
    expect(findPersonalData(note.padEnd(NOTE_MAX_LENGTH, '.'), TODAY)).toEqual([]);
  });
});
