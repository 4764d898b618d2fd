/** How long a "not safe to show her" decision stands before it is looked at again, unless the organisation sets its own. */
export const DEFAULT_HIDDEN_REVIEW_DAYS = 90;

/** organisation.settings.hiddenAssessmentReviewDays when it is a sensible whole number of days, else the default. */
export function hiddenReviewDays(setting: unknown): number {
  return typeof setting === 'number' && Number.isInteger(setting) && setting >= 1 && setting <= 730 ? setting : DEFAULT_HIDDEN_REVIEW_DAYS;
}

/** A calendar day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
