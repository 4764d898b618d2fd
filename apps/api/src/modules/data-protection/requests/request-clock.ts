import { daysLeft, deadlineFor } from '../../challenges';

/**
 * The clock of a request from her (UK GDPR Article 12(3); ICO guidance on the time limits): one calendar month from the
 * day it was received — the corresponding date next month, or that month's last day where there is none — moved to
 * the next working day when it falls on a weekend or an England bank holiday. An extension adds up to two further
 * months, counted by the same rule from the day of receipt (so never more than three months in all).
 */
export function requestDueOn(receivedOn: string, extraMonths: 0 | 1 | 2 = 0): string {
  return deadlineFor(receivedOn, { amount: 1 + extraMonths, unit: 'months', nextWorkingDay: true }, 'GB-ENG');
}

/** The date that counts now and the whole days left to it (negative once missed); none once answered. */
export function requestClock(r: { dueOn: string; extendedTo: string | null; answeredOn: string | null }, now: Date): { dueOn: string; daysLeft: number } | null {
  if (r.answeredOn) return null;
  const dueOn = r.extendedTo ?? r.dueOn;
  return { dueOn, daysLeft: daysLeft(dueOn, now) };
}
