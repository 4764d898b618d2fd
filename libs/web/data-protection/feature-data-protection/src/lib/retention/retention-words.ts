import type { RetentionRecordType } from '@beside/shared/contracts';

export const RECORD_TYPE_WORDS: Record<RetentionRecordType, { name: string; from: string }> = {
  closed_journey: { name: 'Her case record (a closed journey)', from: 'after the journey closed' },
  safeguarding: { name: 'Safeguarding records (concerns, risk assessments, multi-agency referrals, sharing decisions)', from: 'after the journey closed' },
  audit_event: { name: 'Audit events (kept, never anonymised: for information)', from: 'after the event' },
};

/** "72 months (6 years)", "18 months (1 year and 6 months)", "1 month". */
export function monthsInWords(months: number): string {
  const m = `${months} ${months === 1 ? 'month' : 'months'}`;
  if (months < 12) return m;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = `${years} ${years === 1 ? 'year' : 'years'}`;
  return `${m} (${rest ? `${y} and ${rest} ${rest === 1 ? 'month' : 'months'}` : y})`;
}
