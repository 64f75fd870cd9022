import type { ChildAgeBand } from '../../../shared/age-bands';
import type { DomainId } from '../../../shared/domains';
import type {
  CHILDREN_COUNTS,
  CONTACT_TYPES,
  DURATION_BANDS,
  HOUSEHOLD_PROFILES,
  OUTCOMES,
} from '../../../shared/logs/activity-log-schema';
import { parisDay } from '../../../shared/paris-day';
import type { LogDraft } from '../../db/save-log';

/** The form's working copy: unanswered questions are null until the worker taps an answer. */
export interface LogFormState {
  day: string;
  commune: string;
  contactType: (typeof CONTACT_TYPES)[number] | null;
  profile: (typeof HOUSEHOLD_PROFILES)[number] | null;
  children: (typeof CHILDREN_COUNTS)[number] | null;
  childAgeBands: ChildAgeBand[];
  domains: DomainId[];
  rights: string[];
  services: Array<{ id: string; nom: string }>;
  actions: string[];
  outcome: (typeof OUTCOMES)[number] | null;
  followUpDay: string;
  duration: (typeof DURATION_BANDS)[number] | null;
  note: string;
}

export function emptyForm(commune: string): LogFormState {
  return {
    day: parisDay(Date.now()),
    commune,
    contactType: null,
    profile: null,
    children: null,
    childAgeBands: [],
    domains: [],
    rights: [],
    services: [],
    actions: [],
    outcome: null,
    followUpDay: '',
    duration: null,
    note: '',
  };
}

export type FormCheck = { ok: true; draft: LogDraft } | { ok: false; missing: string[] };

/** Which required answers are missing (by their French labels), or the draft to save. */
export function checkForm(
  f: LogFormState,
  packVersion: string,
  labels: Record<string, string>,
): FormCheck {
  const missing = Object.entries({
    commune: f.commune,
    contactType: f.contactType,
    profile: f.profile,
    children: f.children,
    domains: f.domains.length > 0 ? 'ok' : null,
    outcome: f.outcome,
    duration: f.duration,
  })
    .filter(([, value]) => !value)
    .map(([key]) => labels[key] ?? key);
  if (
    missing.length > 0 ||
    !f.contactType ||
    !f.profile ||
    !f.children ||
    !f.outcome ||
    !f.duration
  ) {
    return { ok: false, missing };
  }
  const note = f.note.trim();
  return {
    ok: true,
    draft: {
      day: f.day,
      commune: f.commune,
      contactType: f.contactType,
      household: {
        profile: f.profile,
        children: f.children,
        childAgeBands: f.children === '0' ? [] : f.childAgeBands,
      },
      domains: f.domains,
      rights: f.rights,
      services: f.services.map((s) => s.id),
      actions: f.actions,
      outcome: f.outcome,
      ...(f.followUpDay ? { followUpDay: f.followUpDay } : {}),
      duration: f.duration,
      ...(note ? { note } : {}),
      packVersion,
    },
  };
}
