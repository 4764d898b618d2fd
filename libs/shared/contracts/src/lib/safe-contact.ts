/** Her safe-contact rules, as Beside stores and enforces them (issue 16.3). */

/** Days as she names them; Monday first, as a UK week is written. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A time she said it is safe to contact her: on these days, from one London clock time to another
 * ("HH:MM", 24-hour). A window whose end is not after its start runs past midnight into the next day.
 */
export interface SafeTimeWindow {
  days: Weekday[];
  from: string;
  until: string;
}

/** The channels Beside itself sends by (phone calls and post are made by people, never by Beside). */
export const MESSAGE_CHANNELS = ['email', 'text'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** What she may be sent, each agreed separately. */
export const CONSENTED_PURPOSES = ['invitation', 'reminder', 'message_alert'] as const;
export type ConsentedPurpose = (typeof CONSENTED_PURPOSES)[number];

/** Per purpose, the channels she agreed to; empty: not at all. */
export type MessageConsent = Record<ConsentedPurpose, MessageChannel[]>;

/** How long before an appointment she may ask to be reminded, in hours. */
export const REMINDER_LEAD_HOURS = [2, 24, 48, 72] as const;
export type ReminderLeadHours = (typeof REMINDER_LEAD_HOURS)[number];

export const NO_MESSAGE_CONSENT: MessageConsent = { invitation: [], reminder: [], message_alert: [] };

/** Her words for each purpose, in her portal and on staff screens. */
export const CONSENTED_PURPOSE_WORDS: Record<ConsentedPurpose, string> = {
  invitation: 'An invitation to her own area of Beside',
  reminder: 'Reminders of appointments',
  message_alert: 'A note that a new message is waiting',
};
