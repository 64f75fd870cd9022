import { useState } from 'preact/hooks';
import { REPORT_REASONS, type ReportReason } from '../../../shared/reports/report-schema';
import { workerDb } from '../../db/databases';
import { saveReport } from '../../db/save-report';
import { t } from '../../i18n/t';
import { afterSave } from '../../sync/sync-scheduler';

type Outcome = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; detail: string };

/** Saved on the device first; sent when the server can be reached. */
export function ReportForm(props: { serviceId: string; pack: string; authorId: string }) {
  const { serviceId, pack, authorId } = props;
  const [reason, setReason] = useState<ReportReason>('telephone');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    try {
      await saveReport(workerDb, { serviceId, packVersion: pack, reason, authorId });
      setOutcome({ kind: 'saved' });
      await afterSave();
    } catch (error) {
      setOutcome({ kind: 'error', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="report-form" onSubmit={onSubmit} aria-labelledby="report-title">
      <h2 id="report-title">{t('report.title')}</h2>
      <label for="report-reason">{t('report.reason')}</label>
      <select
        id="report-reason"
        value={reason}
        onChange={(e) => setReason((e.currentTarget as HTMLSelectElement).value as ReportReason)}
      >
        {REPORT_REASONS.map((value) => (
          <option key={value} value={value}>
            {t(`report.reason.${value}`)}
          </option>
        ))}
      </select>
      <button type="submit" class="button" disabled={saving}>
        {t('report.submit')}
      </button>
      <p role="status" class="form-outcome">
        {outcome.kind === 'saved' && t('report.saved')}
        {outcome.kind === 'error' && t('report.error.storage', { detail: outcome.detail })}
      </p>
    </form>
  );
}
