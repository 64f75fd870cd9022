import { describe, expect, it } from 'vitest';
import { checkForm, emptyForm } from '../../src/client/features/activity/log-form-state';

const labels = {
  commune: 'Commune',
  contactType: 'Type de contact',
  profile: 'Foyer',
  children: 'Enfants',
  domains: 'Domaines',
  outcome: 'Suite',
  duration: 'Durée',
};

describe('the log form’s required answers', () => {
  it('names every missing answer, in French, instead of saving', () => {
    const result = checkForm(emptyForm(''), 'v1', labels);
    expect(result).toEqual({
      ok: false,
      missing: ['Commune', 'Type de contact', 'Foyer', 'Enfants', 'Domaines', 'Suite', 'Durée'],
    });
  });

  it('builds the draft, dropping age bands when there are no children and an empty note', () => {
    const result = checkForm(
      {
        ...emptyForm('06116'),
        contactType: 'permanence',
        profile: 'autre',
        children: '0',
        childAgeBands: ['3-5'],
        domains: ['logement'],
        outcome: 'informe',
        duration: 'moins-15',
        note: '   ',
      },
      'v1',
      labels,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.household).toEqual({ profile: 'autre', children: '0', childAgeBands: [] });
    expect(result.draft).not.toHaveProperty('note');
    expect(result.draft).not.toHaveProperty('followUpDay');
  });
});
