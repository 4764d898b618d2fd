import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { ReferralAgencyView, SaveReferralAgencyRequest } from '@beside/shared/contracts';
import type { FieldDescriptions } from '@beside/web/core';
import { keyFromName, type OutcomeStatus } from './settings-words';

const filled = (max: number) => [Validators.required, Validators.pattern(/\S/), Validators.maxLength(max)];

export type AgencyForm = FormGroup<{ key: FormControl<string>; name: FormControl<string>; description: FormControl<string>; outcomeStatus: FormControl<OutcomeStatus | null> }>;

/** An agency's form: a new one takes its key from its name until the key is typed over; an existing one keeps its key. */
export function agencyForm(agency: ReferralAgencyView | null, usedKeys: () => readonly string[]): AgencyForm {
  const form: AgencyForm = new FormGroup({
    key: new FormControl(agency?.key ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]{1,39}$/), (c) => (usedKeys().includes(c.value) ? { taken: true } : null)],
    }),
    name: new FormControl(agency?.name ?? '', { nonNullable: true, validators: filled(200) }),
    description: new FormControl(agency?.description ?? '', { nonNullable: true, validators: filled(1000) }),
    outcomeStatus: new FormControl<OutcomeStatus | null>(agency?.outcomeStatus ?? null, Validators.required),
  });
  if (agency) {
    form.controls.key.disable();
  } else {
    let last = '';
    form.controls.name.valueChanges.subscribe((name) => {
      const next = keyFromName(name);
      if (form.controls.key.value === '' || form.controls.key.value === last) form.controls.key.setValue(next);
      last = next;
    });
  }
  return form;
}

export function agencyRequest(form: AgencyForm): SaveReferralAgencyRequest {
  const v = form.getRawValue();
  return { name: v.name.trim(), description: v.description.trim(), outcomeStatus: v.outcomeStatus ?? 'outcome_received' };
}

export const AGENCY_FIELDS: FieldDescriptions = {
  name: { id: 'agency-name', label: 'Name', messages: { required: 'Enter the name of the agency', pattern: 'Enter the name of the agency', maxlength: 'Keep the name to 200 characters' } },
  key: {
    id: 'agency-key',
    label: 'Key',
    messages: { required: 'Enter a key for the agency', pattern: 'The key must be 2 to 40 lower-case letters, digits and _, starting with a letter', taken: 'An agency with this key already exists (it may be archived): choose another key' },
  },
  description: { id: 'agency-description', label: 'What the agency does', messages: { required: 'Say what the agency does with a referral', pattern: 'Say what the agency does with a referral', maxlength: 'Keep it to 1,000 characters' } },
  outcomeStatus: { id: 'agency-outcome-discussed-input', label: 'What happens after acknowledgement', messages: { required: 'Choose what happens after the agency acknowledges a referral' } },
};
