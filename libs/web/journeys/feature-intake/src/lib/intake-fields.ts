import type { FieldDescriptions } from '@beside/web/core';
import { flattenMessagingPaths, messagingFields } from '@beside/web/journeys/data-access';
import type { HerDetailsField } from '@beside/web/journeys/ui';

export type IntakeField =
  | 'serviceUserId'
  | HerDetailsField
  | 'referralSource'
  | 'referralDate'
  | 'referralReason'
  | 'primaryAdvocateId'
  | 'secondaryAdvocateId';

// In page order, so the error summary lists problems top to bottom.
export const INTAKE_FIELDS: FieldDescriptions<IntakeField> = {
  serviceUserId: { id: 'intake-existing', label: 'Service user', messages: { required: 'Choose the service user, or record a new one' } },
  name: { id: 'intake-name', label: 'Full name', messages: { required: 'Enter her full name', maxlength: 'Full name must be 200 characters or fewer' } },
  preferredName: { id: 'intake-preferred-name', label: 'Preferred name', messages: { maxlength: 'Preferred name must be 200 characters or fewer' } },
  pronouns: { id: 'intake-pronouns', label: 'Pronouns', messages: { maxlength: 'Pronouns must be 60 characters or fewer' } },
  dateOfBirth: { id: 'intake-dob', label: 'Date of birth', messages: { max: 'Date of birth must be in the past' } },
  languages: { id: 'intake-languages', label: 'Languages', messages: { maxlength: 'Languages must be 200 characters or fewer' } },
  accessibilityNeeds: { id: 'intake-access', label: 'Accessibility needs', messages: { maxlength: 'Accessibility needs must be 2000 characters or fewer' } },
  channels: { id: 'intake-channel-phone', label: 'Safe ways to contact her', messages: {} },
  safeTimes: { id: 'intake-safe-times', label: 'Safe times', messages: { maxlength: 'Safe times must be 200 characters or fewer' } },
  codeWord: { id: 'intake-code-word', label: 'Code word', messages: { maxlength: 'Code word must be 60 characters or fewer' } },
  ...messagingFields('intake'),
  referralSource: { id: 'intake-source', label: 'Referral source', messages: { required: 'Choose who referred her' } },
  referralDate: { id: 'intake-referral-date', label: 'Referral date', messages: { required: 'Enter the referral date' } },
  referralReason: { id: 'intake-reason', label: 'Reason for referral', messages: { required: 'Enter why she was referred, or why she came', maxlength: 'Reason must be 4000 characters or fewer' } },
  primaryAdvocateId: { id: 'intake-primary', label: 'Primary advocate', messages: { required: 'Choose her primary advocate' } },
  secondaryAdvocateId: { id: 'intake-secondary', label: 'Second advocate', messages: {} },
};

/** The API names nested fields by path ("serviceUser.safeContact.codeWord …"); the form knows them by their last part. */
export function flattenFieldPaths(messages: string[]): string[] {
  return messages.map((m) => m.replace(/^serviceUser\.(safeContact\.)?/, '').replace(/^safeContact\.channels/, 'channels')).map(flattenMessagingPaths);
}
