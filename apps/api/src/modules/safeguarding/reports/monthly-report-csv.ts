import type { MonthlyReportRow } from '@beside/shared/contracts';

/** RFC 4180 CSV; every label is ours, never free text, but quoting is kept for safety. */
export function monthlyReportCsv(month: string, rows: MonthlyReportRow[]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return ['month,section,measure,value', ...rows.map((r) => [month, r.section, quote(r.label), String(r.value)].join(','))].join('\r\n') + '\r\n';
}
