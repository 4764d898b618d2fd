import type { FieldDescriptions } from '@beside/web/core';
import { flattenMessagingPaths, messagingFields } from '@beside/web/journeys/data-access';
import type { HerDetailsField } from '@beside/web/journeys/ui';

export type ProfileField = HerDetailsField;

// In page order, so the error summary lists problems top to bottom.
export const PROFILE_FIELDS: FieldDescriptions<ProfileField> = {
  name: {
    id: 'profile-name',
    label: 'Full name',
    messages: { required: 'Enter her full name', pattern: 'Enter her full name', maxlength: 'Full name must be 200 characters or fewer' },
  },
  preferredName: { id: 'profile-preferred-name', label: 'Preferred name', messages: { maxlength: 'Preferred name must be 200 characters or fewer' } },
  pronouns: { id: 'profile-pronouns', label: 'Pronouns', messages: { maxlength: 'Pronouns must be 60 characters or fewer' } },
  dateOfBirth: { id: 'profile-dob', label: 'Date of birth', messages: {} },
  languages: { id: 'profile-languages', label: 'Languages', messages: { maxlength: 'Languages must be 200 characters or fewer' } },
  accessibilityNeeds: {
    id: 'profile-access',
    label: 'Accessibility needs',
    messages: { maxlength: 'Accessibility needs must be 2000 characters or fewer' },
  },
  channels: { id: 'profile-channel-phone', label: 'Safe ways to contact her', messages: {} },
  safeTimes: { id: 'profile-safe-times', label: 'Safe times', messages: { maxlength: 'Safe times must be 200 characters or fewer' } },
  codeWord: { id: 'profile-code-word', label: 'Code word', messages: { maxlength: 'Code word must be 60 characters or fewer' } },
  ...messagingFields('profile'),
};

/** The API names safe-contact fields by path ("safeContact.codeWord …"); the form knows them by their last part. */
export function flattenProfilePaths(messages: string[]): string[] {
  return messages.map(flattenMessagingPaths);
}
