import { FormControl, FormGroup, Validators } from '@angular/forms';
import { CONTACT_CHANNELS, type ContactChannel, type ServiceUserProfile, type ServiceUserProfileInput } from '@beside/shared/contracts';
import { windowFromValue, windowValue } from '@beside/web/core';
import { consentFormValue, consentFromForm, messagingControls } from './safe-contact-form-model';

const text = (max: number) => new FormControl('', { nonNullable: true, validators: [Validators.maxLength(max)] });
const orNull = (s: string) => s.trim() || null;

/** The controls of her details and safe-contact preferences, as intake and the profile form both ask for them. */
export function profileControls() {
  return {
    preferredName: text(200),
    pronouns: text(60),
    dateOfBirth: new FormControl('', { nonNullable: true }),
    languages: text(200),
    interpreterNeeded: new FormControl(false, { nonNullable: true }),
    accessibilityNeeds: text(2000),
    channels: new FormGroup(
      Object.fromEntries(CONTACT_CHANNELS.map((c) => [c, new FormControl(false, { nonNullable: true })])) as Record<ContactChannel, FormControl<boolean>>,
    ),
    safeTimes: text(200),
    voicemailAllowed: new FormControl(false, { nonNullable: true }),
    codeWord: text(60),
    ...messagingControls(),
  };
}

export type ProfileFormValue = ReturnType<FormGroup<ReturnType<typeof profileControls>>['getRawValue']>;
export type ProfileDetails = Required<Omit<ServiceUserProfileInput, 'name'>>;

/** What the form says, as the API takes it: blank text is null, ticked channels a list, windows as days and times. */
export function profileFromForm(v: ProfileFormValue): ProfileDetails {
  return {
    preferredName: orNull(v.preferredName),
    pronouns: orNull(v.pronouns),
    dateOfBirth: v.dateOfBirth || null,
    languages: orNull(v.languages),
    interpreterNeeded: v.interpreterNeeded,
    accessibilityNeeds: orNull(v.accessibilityNeeds),
    safeContact: {
      channels: CONTACT_CHANNELS.filter((c) => v.channels[c]),
      safeTimes: orNull(v.safeTimes),
      voicemailAllowed: v.voicemailAllowed,
      codeWord: orNull(v.codeWord),
      safeWindows: v.safeWindows.map(windowFromValue),
      safeWindowsReviewed: v.safeWindowsReviewed,
      textNumber: orNull(v.textNumber),
      messageConsent: consentFromForm(v.messageConsent),
      reminderLeadHours: v.reminderLeadHours,
    },
  };
}

/** Her profile as the form's value; put her windows on the form first (`safeWindows.use`), as a reset keeps the list's length. */
export function profileFormValue(profile: ServiceUserProfile): ProfileFormValue {
  const contact = profile.safeContact;
  return {
    preferredName: profile.preferredName ?? '',
    pronouns: profile.pronouns ?? '',
    dateOfBirth: profile.dateOfBirth ?? '',
    languages: profile.languages ?? '',
    interpreterNeeded: profile.interpreterNeeded,
    accessibilityNeeds: profile.accessibilityNeeds ?? '',
    channels: Object.fromEntries(CONTACT_CHANNELS.map((c) => [c, contact.channels.includes(c)])) as Record<ContactChannel, boolean>,
    safeTimes: contact.safeTimes ?? '',
    voicemailAllowed: contact.voicemailAllowed,
    codeWord: contact.codeWord ?? '',
    safeWindows: contact.safeWindows.map(windowValue),
    safeWindowsReviewed: contact.safeWindowsReviewed,
    textNumber: contact.textNumber ?? '',
    messageConsent: consentFormValue(contact.messageConsent),
    reminderLeadHours: contact.reminderLeadHours,
  };
}
