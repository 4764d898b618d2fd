import { SERVICE_TIME_ZONE } from '@beside/shared/util';

// The glossary in words she reads lives in @beside/shared/contracts (portal-words.ts), so her data
// download says the same as her screens.
export {
  CHANNEL_WORDS,
  FIELD_WORDS,
  GOAL_CATEGORY_WORDS,
  GOAL_STATUS_WORDS,
  PROPOSAL_STATUS_WORDS,
  ROLE_WORDS,
  STEP_OWNER_WORDS,
  SUPPORT_WORDS,
  TARGET_WORDS,
} from '@beside/shared/contracts';

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const SHORT = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, day: 'numeric', month: 'short' });
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, hour: 'numeric', minute: '2-digit', hour12: true });
const SHORT_WITH_YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: SERVICE_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' });

/** "Tuesday 3 March 2026", London time. A bare date ("2026-03-03") is a calendar day and is not shifted. */
export function londonDay(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  return DAY.format(new Date(value));
}

/** "3 Mar", London time. */
export function londonShortDay(value: string): string {
  return SHORT.format(new Date(value));
}

/** "2:30 pm", London time, with a space that never breaks before "pm". */
export function londonTime(value: string): string {
  return TIME.format(new Date(value)).replace(/\s(?=[ap]m$)/i, '\u00a0');
}

/** "3 Mar 2026, 2:30 pm", London time: short enough for a table cell on a phone. */
export function londonShortDateTime(value: string): string {
  return `${SHORT_WITH_YEAR.format(new Date(value))}, ${londonTime(value)}`;
}

/** True when both times fall on the same London calendar day. */
export function sameLondonDay(a: string, b: string): boolean {
  return DAY.format(new Date(a)) === DAY.format(new Date(b));
}
