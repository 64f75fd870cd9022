import { describe, expect, it } from 'vitest';
import { foldPlural, indexTerms, queryTerms } from '../../src/shared/search/normalize';

describe('French normalisation for search', () => {
  it('folds case, accents and ligatures', () => {
    expect(indexTerms('CRÈCHE Œuvre Ex æquo Médiation Épicerie')).toEqual([
      'creche',
      'oeuvre',
      'ex',
      'aequo',
      'mediation',
      'epicerie',
    ]);
  });

  it('drops elisions written with a straight or a typographic apostrophe', () => {
    expect(indexTerms("l'accueil")).toEqual(['accueil']);
    expect(indexTerms('l’accueil')).toEqual(['accueil']);
    expect(indexTerms("d'information, qu'il, jusqu'à lorsqu’on puisqu'elle")).toEqual([
      'information',
      'on',
      'elle',
    ]);
    // Only a word's head is an elision: "aujourd'hui" keeps its two halves.
    expect(indexTerms("aujourd'hui")).toEqual(['aujourd', 'hui']);
  });

  it('gives singular and plural one form', () => {
    expect(foldPlural('allocations')).toBe('allocation');
    expect(foldPlural('ateliers')).toBe('atelier');
    expect(foldPlural('jeux')).toBe('jeu');
    expect(foldPlural('sociaux')).toBe(foldPlural('social'));
    expect(foldPlural('bureaux')).toBe('bureau');
    // Too short to tell a plural from a word ending in s.
    expect(foldPlural('bus')).toBe('bus');
    expect(foldPlural('rsa')).toBe('rsa');
  });

  it('splits on anything but letters and digits, and drops stop words', () => {
    expect(indexTerms('Accueil de loisirs (3-11 ans) — Saint-Auban, à la mairie')).toEqual([
      'accueil',
      'loisir',
      '3',
      '11',
      'ans',
      'saint',
      'auban',
      'mairie',
    ]);
  });

  it('spells out the abbreviations people type', () => {
    expect(queryTerms('St Vallier')).toEqual(indexTerms('Saint-Vallier'));
    expect(queryTerms('ste')).toEqual(['sainte']);
  });

  it('keeps the last word of a query made only of stop words', () => {
    expect(queryTerms('la')).toEqual(['la']);
    expect(queryTerms('de la')).toEqual(['la']);
    expect(queryTerms('a')).toEqual([]);
    expect(queryTerms('  ')).toEqual([]);
    expect(queryTerms("l'")).toEqual([]);
  });
});
