import { FormArray, FormControl, FormGroup, type AbstractControl, type ValidationErrors } from '@angular/forms';
import type { FieldDescriptions } from '@beside/web/core';
import {
  CONSENTED_PURPOSES,
  MESSAGE_CHANNELS,
  WEEKDAYS,
  type ConsentedPurpose,
  type MessageChannel,
  type MessageConsent,
  type ReminderLeadHours,
  type SafeTimeWindow,
  type Weekday,
} from '@beside/shared/contracts';
import { safeTimeWindowProblem } from '@beside/shared/util';

export type SafeWindowGroup = FormGroup<{
  days: FormGroup<Record<Weekday, FormControl<boolean>>>;
  from: FormControl<string>;
  until: FormControl<string>;
}>;
type WindowValue = ReturnType<SafeWindowGroup['getRawValue']>;

export const windowFromValue = (v: WindowValue): SafeTimeWindow => ({ days: WEEKDAYS.filter((d) => v.days[d]), from: v.from, until: v.until });
export const windowValue = (w: SafeTimeWindow): WindowValue => ({
  days: Object.fromEntries(WEEKDAYS.map((d) => [d, w.days.includes(d)])) as Record<Weekday, boolean>,
  from: w.from,
  until: w.until,
});

/** One window's problem, in the API's words (safeTimeWindowProblem), under `window`. */
function windowFine(control: AbstractControl): ValidationErrors | null {
  const problem = safeTimeWindowProblem(windowFromValue((control as SafeWindowGroup).getRawValue()));
  return problem ? { window: problem } : null;
}

/** The list as a whole is wrong when any window is (its own message is shown beside it). */
function everyWindowFine(control: AbstractControl): ValidationErrors | null {
  return (control as SafeWindowsArray).controls.some((c) => c.errors) ? { safeWindows: true } : null;
}

function windowGroup(window: SafeTimeWindow = { days: [], from: '10:00', until: '14:00' }): SafeWindowGroup {
  return new FormGroup(
    {
      days: new FormGroup(
        Object.fromEntries(WEEKDAYS.map((d) => [d, new FormControl(window.days.includes(d), { nonNullable: true })])) as Record<Weekday, FormControl<boolean>>,
      ),
      from: new FormControl(window.from, { nonNullable: true }),
      until: new FormControl(window.until, { nonNullable: true }),
    },
    { validators: windowFine },
  );
}

/** Her safe times as windows on the London clock: add, remove, fill from what is saved, read back as the API takes them. */
export class SafeWindowsArray extends FormArray<SafeWindowGroup> {
  constructor() {
    super([], { validators: everyWindowFine });
  }

  addWindow(): void {
    this.push(windowGroup());
    this.markAsDirty();
  }

  removeWindow(index: number): void {
    this.removeAt(index);
    this.markAsDirty();
  }

  /** Puts saved windows on the form (before a `reset` with the rest of the value). */
  use(windows: readonly SafeTimeWindow[]): void {
    this.clear({ emitEvent: false });
    for (const window of windows) this.push(windowGroup(window), { emitEvent: false });
    this.updateValueAndValidity();
  }

  windows(): SafeTimeWindow[] {
    return this.getRawValue().map(windowFromValue);
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
