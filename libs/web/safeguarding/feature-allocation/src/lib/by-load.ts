import type { AdvocateCaseload } from '@beside/shared/contracts';

/** Most loaded first: active journeys, then high-severity open concerns, then appointments this week, then name. */
export function byLoad(caseloads: AdvocateCaseload[]): AdvocateCaseload[] {
  return [...caseloads].sort(
    (a, b) =>
      b.activeJourneys - a.activeJourneys ||
      b.highSeverityOpenConcerns - a.highSeverityOpenConcerns ||
      b.appointmentsThisWeek - a.appointmentsThisWeek ||
      a.advocate.name.localeCompare(b.advocate.name),
  );
}
