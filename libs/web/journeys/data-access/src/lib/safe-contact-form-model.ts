import { FormControl, FormGroup, type AbstractControl } from '@angular/forms';
import { type FieldDescriptions, WeekWindowsArray } from '@beside/web/core';
import {
  CONSENTED_PURPOSES,
  MESSAGE_CHANNELS,
  type ConsentedPurpose,
  type MessageChannel,
  type MessageConsent,
  type ReminderLeadHours,
} from '@beside/shared/contracts';

/** Her safe times as windows on the London clock; a new one is 10:00 to 14:00 with no day ticked yet. */
export class SafeWindowsArray extends WeekWindowsArray {
  constructor() {
    super({ days: [], from: '10:00', until: '14:00' }, 'safeWindows');
  }
}

export type ConsentControls = FormGroup<Record<ConsentedPurpose, FormGroup<Record<MessageChannel, FormControl<boolean>>>>>;

/** Per purpose, a box per channel: ticked means she agreed to be sent it that way. */
export function consentControls(): ConsentControls {
  const channels = () =>
    new FormGroup(
      Object.fromEntries(MESSAGE_CHANNELS.map((c) => [c, new FormControl(false, { nonNullable: true })])) as Record<MessageChannel, FormControl<boolean>>,
    );
  return new FormGroup(Object.fromEntries(CONSENTED_PURPOSES.map((p) => [p, channels()])) as Record<ConsentedPurpose, ReturnType<typeof channels>>);
}

export type ConsentValue = ReturnType<ConsentControls['getRawValue']>;

export function consentFromForm(v: ConsentValue): MessageConsent {
  return Object.fromEntries(CONSENTED_PURPOSES.map((p) => [p, MESSAGE_CHANNELS.filter((c) => v[p][c])])) as MessageConsent;
}

export function consentFormValue(consent: MessageConsent): ConsentValue {
  return Object.fromEntries(
    CONSENTED_PURPOSES.map((p) => [p, Object.fromEntries(MESSAGE_CHANNELS.map((c) => [c, (consent[p] ?? []).includes(c)]))]),
  ) as ConsentValue;
}

/** As the API checks it: a UK mobile number (07…, or +44 7…), spaces, dashes and brackets allowed. */
export const isUkMobile = (number: string) => /^(\+440?|0)7\d{9}$/.test(number.replace(/[\s\-()]/g, ''));

/** The controls of what Beside may send her: windows, the number for texts, consent per purpose, reminder lead time. */
export function messagingControls() {
  return {
    safeWindows: new SafeWindowsArray(),
    safeWindowsReviewed: new FormControl(false, { nonNullable: true }),
    textNumber: new FormControl('', { nonNullable: true, validators: (c: AbstractControl) => (c.value.trim() && !isUkMobile(c.value) ? { ukMobile: true } : null) }),
    messageConsent: consentControls(),
    reminderLeadHours: new FormControl<ReminderLeadHours | null>(null),
  };
}

export type MessagingField = 'safeWindows' | 'textNumber' | 'messageConsent' | 'reminderLeadHours';

/** How staff forms name these fields; `prefix` keeps ids apart (intake-…, profile-…). */
export function messagingFields(prefix: string): FieldDescriptions<MessagingField> {
  return {
    safeWindows: {
      id: `${prefix}-safe-windows`,
      label: 'Safe times',
      messages: { safeWindows: 'Check her safe times: each needs at least one day, and a start and end that differ' },
    },
    textNumber: {
      id: `${prefix}-text-number`,
      label: 'Mobile number safe for texts',
      messages: { ukMobile: 'Enter a UK mobile number, such as 07700 900123' },
    },
    messageConsent: { id: `${prefix}-message-consent`, label: 'What she agreed to be sent', messages: {} },
    reminderLeadHours: { id: `${prefix}-reminder-lead`, label: 'Reminders of appointments', messages: {} },
  };
}

/** The API names these fields by path (safeContact.messageConsent.reminder …); the forms know them by their first part. */
export function flattenMessagingPaths(message: string): string {
  return message.replace(/^safeContact\./, '').replace(/^messageConsent\.\w+/, 'messageConsent');
}
