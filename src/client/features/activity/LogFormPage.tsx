import { useEffect, useState } from 'preact/hooks';
import { CHILD_AGE_BANDS } from '../../../shared/age-bands';
import {
  CHILDREN_COUNTS,
  CONTACT_TYPES,
  DURATION_BANDS,
  HOUSEHOLD_PROFILES,
  NOTE_MAX_LENGTH,
  OUTCOMES,
} from '../../../shared/logs/activity-log-schema';
import { findPersonalData } from '../../../shared/privacy/personal-data';
import { describeFinding } from '../../../shared/privacy/personal-data-messages';
import { workerDb } from '../../db/databases';
import { createLog, updateLog } from '../../db/save-log';
import { ageBandLabel } from '../../i18n/labels';
import { t } from '../../i18n/t';
import { Link } from '../../router/Link';
import { navigate } from '../../router/router';
import { appStatus } from '../../state/app-status-store';
import { useStore } from '../../state/create-store';
import { session } from '../../state/session-store';
import { afterSave } from '../../sync/sync-scheduler';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { type FormContext, loadFormContext } from './log-form-context';
import { checkForm, emptyForm, type LogFormState } from './log-form-state';
import { ServicePicker } from './ServicePicker';

const options = <T extends string>(values: readonly T[], prefix: string) =>
  values.map((value) => ({ value, label: t(`${prefix}.${value}` as Parameters<typeof t>[0]) }));

type Outcome = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** The log form: every answer one tap away, saved on the device before "Activité enregistrée". */
export function LogFormPage({
  pack,
  editId,
  serviceId,
}: {
  pack: string | null;
  editId: string | null;
  serviceId: string | null;
}) {
  const user = useStore(session, (s) => s.user);
  const online = useStore(appStatus, (s) => s.connection === 'online');
  const [context, setContext] = useState<FormContext | null>(null);
  const [form, setForm] = useState<LogFormState | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  useEffect(() => {
    if (!user) return;
    void loadFormContext(pack, user.userId, editId, serviceId).then(({ context: c, initial }) => {
      setContext(c);
      setForm(initial);
    });
  }, [pack, user, editId, serviceId]);
  if (!user) return <p>{t('signIn.required')}</p>;
  if (!context || !form) return <p aria-busy="true">…</p>;
  const set = (patch: Partial<LogFormState>) => {
    setForm({ ...form, ...patch });
    if (outcome.kind !== 'idle') setOutcome({ kind: 'idle' });
  };
  const findings = form.note ? findPersonalData(form.note) : [];

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (findings.length > 0) return;
    const labels = {
      commune: t('log.commune'),
      contactType: t('log.contactType'),
      profile: t('log.profile'),
      children: t('log.children'),
      domains: t('log.domains'),
      outcome: t('log.outcome'),
      duration: t('log.duration'),
    };
    const checked = checkForm(form, pack ?? 'aucun', labels);
    if (!checked.ok) {
      setOutcome({
        kind: 'error',
        message: t('log.error.required', { fields: checked.missing.join(', ') }),
      });
      return;
    }
    try {
      if (editId) await updateLog(workerDb, editId, user.userId, checked.draft);
      else await createLog(workerDb, user.userId, checked.draft);
    } catch (error) {
      setOutcome({
        kind: 'error',
        message: t('log.error.storage', {
          detail: error instanceof Error ? error.message : String(error),
        }),
      });
      return;
    }
    await afterSave();
    if (editId) navigate('/activite');
    else {
      setForm(emptyForm(form.commune));
      setOutcome({ kind: 'saved' });
      window.scrollTo(0, 0);
    }
  };

  return (
    <section aria-labelledby="log-title" class="log-form">
      <h1 id="log-title">{editId ? t('log.titleEdit') : t('log.titleNew')}</h1>
      <p role="status" class="form-saved">
        {outcome.kind === 'saved' && (online ? t('log.saved') : t('log.savedOffline'))}
      </p>
      <p class="hint">{t('log.intro')}</p>
      <form class="stack" onSubmit={onSubmit} noValidate>
        <div class="row">
          <div class="field">
            <label for="log-day">{t('log.day')}</label>
            <input
              id="log-day"
              type="date"
              value={form.day}
              max={emptyForm('').day}
              required
              onInput={(e) => set({ day: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for="log-commune">{t('log.commune')}</label>
            <select
              id="log-commune"
              value={form.commune}
              required
              onChange={(e) => set({ commune: (e.currentTarget as HTMLSelectElement).value })}
            >
              <option value="" />
              {context.communes.map((c) => (
                <option key={c.insee} value={c.insee}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ChoiceGroup
          name="contact"
          legend={t('log.contactType')}
          required
          options={options(CONTACT_TYPES, 'log.contact')}
          selected={form.contactType}
          onChange={([v]) => set({ contactType: v ?? null })}
        />
        <ChoiceGroup
          name="profile"
          legend={t('log.profile')}
          required
          options={options(HOUSEHOLD_PROFILES, 'log.profile')}
          selected={form.profile}
          onChange={([v]) => set({ profile: v ?? null })}
        />
        <ChoiceGroup
          name="children"
          legend={t('log.children')}
          required
          options={CHILDREN_COUNTS.map((value) => ({
            value,
            label: value === '3+' ? t('log.children.3+') : value,
          }))}
          selected={form.children}
          onChange={([v]) => set({ children: v ?? null })}
        />
        {form.children && form.children !== '0' && (
          <ChoiceGroup
            name="ages"
            legend={t('log.childAges')}
            multiple
            options={CHILD_AGE_BANDS.map((value) => ({ value, label: ageBandLabel(value) }))}
            selected={form.childAgeBands}
            onChange={(v) => set({ childAgeBands: v })}
          />
        )}
        <ChoiceGroup
          name="domains"
          legend={t('log.domains')}
          required
          multiple
          options={context.themes.map((th) => ({ value: th.id, label: th.label }))}
          selected={form.domains}
          onChange={(v) => set({ domains: v })}
        />
        {context.guidance.length > 0 && (
          <ChoiceGroup
            name="rights"
            legend={t('log.rights')}
            multiple
            options={context.guidance.map((g) => ({ value: g.id, label: g.title }))}
            selected={form.rights}
            onChange={(v) => set({ rights: v })}
          />
        )}
        <ServicePicker
          pack={pack}
          selected={form.services}
          onChange={(services) => set({ services })}
        />
        <ChoiceGroup
          name="actions"
          legend={t('log.actions')}
          multiple
          options={context.actions
            .filter(
              (a) =>
                form.domains.length === 0 ||
                form.domains.includes(a.domain) ||
                form.actions.includes(a.id),
            )
            .map((a) => ({ value: a.id, label: `${a.number}. ${a.title}` }))}
          selected={form.actions}
          onChange={(v) => set({ actions: v })}
        />
        <ChoiceGroup
          name="outcome"
          legend={t('log.outcome')}
          required
          options={options(OUTCOMES, 'log.outcome')}
          selected={form.outcome}
          onChange={([v]) => set({ outcome: v ?? null })}
        />
        <div class="field">
          <label for="log-followup">{t('log.followUp')}</label>
          <input
            id="log-followup"
            type="date"
            value={form.followUpDay}
            min={form.day}
            onInput={(e) => set({ followUpDay: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <ChoiceGroup
          name="duration"
          legend={t('log.duration')}
          required
          options={options(DURATION_BANDS, 'log.duration')}
          selected={form.duration}
          onChange={([v]) => set({ duration: v ?? null })}
        />
        <div class="field">
          <label for="log-note">{t('log.note')}</label>
          <textarea
            id="log-note"
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            value={form.note}
            aria-describedby="log-note-hint log-note-problems"
            aria-invalid={findings.length > 0}
            onInput={(e) => set({ note: (e.currentTarget as HTMLTextAreaElement).value })}
          />
          <span id="log-note-hint" class="hint">
            {t('log.noteHint', { max: NOTE_MAX_LENGTH })}{' '}
            {t('log.noteCount', { count: form.note.length, max: NOTE_MAX_LENGTH })}
          </span>
          <ul id="log-note-problems" class="form-error" aria-live="polite">
            {findings.map((f) => (
              <li key={`${f.kind}-${f.start}`}>{describeFinding(f)}</li>
            ))}
          </ul>
        </div>
        <p role="alert" class="form-error">
          {outcome.kind === 'error' && outcome.message}
        </p>
        <div class="row">
          <button type="submit" class="button" disabled={findings.length > 0}>
            {t('log.save')}
          </button>
          <Link href="/activite">{t('nav.myActivity')}</Link>
        </div>
      </form>
    </section>
  );
}
