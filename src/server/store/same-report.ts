import type { Report } from '../../shared/reports/report-schema';

/** Whether a stored row (snake_case columns) holds exactly this report: a redelivery. */
export function sameReport(
  row: Record<string, string>,
  territoryId: string,
  report: Report,
): boolean {
  return (
    row.territory_id === territoryId &&
    row.service_id === report.serviceId &&
    row.pack_version === report.packVersion &&
    row.reason === report.reason &&
    row.day === report.day
  );
}
