import type { BreachView, DataRequestChannel, DataRequestDecision, DataRequestStatus } from '@beside/shared/contracts';
import type { StatusScheme, StatusTone } from '@beside/web/ui';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A request's one-month clock in words: "12 days left", "Due today", "3 days overdue". */
export function daysLeftInWords(daysLeft: number): string {
  if (daysLeft === 0) return 'Due today';
  if (daysLeft > 0) return `${plural(daysLeft, 'day', 'days')} left`;
  return `${plural(-daysLeft, 'day', 'days')} overdue`;
}

/** The colour beside a request's clock: red once missed or due within 7 days, amber within 14. */
export function daysLeftTone(daysLeft: number): StatusTone {
  if (daysLeft < 0) return 'alarm';
  if (daysLeft <= 7) return 'red';
  return daysLeft <= 14 ? 'amber' : 'grey';
}

/** The 72-hour clock in words: "40 hours left", "Less than an hour left", "Passed 5 hours ago". */
export function hoursLeftInWords(hoursLeft: number): string {
  if (hoursLeft === 0) return 'Less than an hour left';
  if (hoursLeft > 0) return `${plural(hoursLeft, 'hour', 'hours')} left`;
  return `Passed ${plural(-hoursLeft, 'hour', 'hours')} ago`;
}

/** Where the breach stands with the Commissioner, when the clock no longer runs (or runs). */
export function icoStandingInWords(b: BreachView): string {
  if (b.icoToldAt) return 'The Commissioner was told';
  if (b.icoDecision && !b.icoDecision.tell) return 'Decided not to tell the Commissioner';
  if (b.icoClock) return hoursLeftInWords(b.icoClock.hoursLeft);
  if (b.icoDecision?.tell) return 'To tell the Commissioner: not yet told';
  return 'Closed';
}

export const CHANNEL_WORDS: Record<DataRequestChannel, string> = {
  portal: 'Her portal',
  letter: 'Letter',
  in_person: 'In person',
  email: 'Email',
  phone: 'Phone',
};

export const DECISION_WORDS: Record<DataRequestDecision, string> = {
  granted: 'Granted',
  partly_granted: 'Partly granted',
  refused: 'Refused',
};

export const REQUEST_STATUS: StatusScheme<DataRequestStatus> = {
  received: { label: 'Received', tone: 'blue' },
  extended: { label: 'Extended', tone: 'amber' },
  decided: { label: 'Decided: answer to send', tone: 'purple' },
  answered: { label: 'Answered', tone: 'green' },
};
