import type { FieldDescriptions } from '@beside/web/core';

export type SharingField = 'what' | 'sharedWith' | 'sharedOn' | 'withConsent' | 'lawfulBasis' | 'considerations' | 'reasoning' | 'shownToHer' | 'heldBackReason';

/** The record-sharing form's fields, their ids unique to this form (it may show twice on the journey's Safety tab). */
export function sharingFields(prefix: string): FieldDescriptions<SharingField> {
  return {
    what: { id: `${prefix}-what`, label: 'What was shared', messages: { required: 'Say what was shared', maxlength: 'Make what was shared 2,000 characters or fewer' } },
    sharedWith: { id: `${prefix}-with`, label: 'Shared with', messages: { required: 'Say who it was shared with', maxlength: 'Make who it was shared with 300 characters or fewer' } },
    sharedOn: { id: `${prefix}-on`, label: 'Date shared', messages: { required: 'Enter the date it was shared', future: 'The date it was shared cannot be in the future' } },
    withConsent: { id: `${prefix}-consent`, label: 'Her consent', messages: { required: 'Say whether she consented to this sharing' } },
    lawfulBasis: { id: `${prefix}-basis`, label: 'Lawful basis', messages: { required: 'Choose the lawful basis for sharing' } },
    considerations: { id: `${prefix}-weighed`, label: 'What was weighed', messages: {} },
    reasoning: {
      id: `${prefix}-reasoning`,
      label: 'Reasoning',
      messages: { required: 'Write the reasoning for sharing without her consent', maxlength: 'Make the reasoning 4,000 characters or fewer' },
    },
    shownToHer: { id: `${prefix}-shown`, label: 'Whether she is shown it', messages: {} },
    heldBackReason: {
      id: `${prefix}-held-back`,
      label: 'Why it is held back from her',
      messages: { required: 'Say why showing it to her would put her or someone else at risk', maxlength: 'Make the reason 1,000 characters or fewer' },
    },
  };
}
