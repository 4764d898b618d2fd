import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { CreateConsultationRequest, UpdateConsultationRequest } from '@beside/shared/contracts';
import type { FieldDescriptions } from '@beside/web/core';

// A Material radio or checkbox with id X has its input at X-input: the summary links to the input itself.
const filled = [Validators.required, Validators.pattern(/\S/)];

export type DetailsForm = ReturnType<typeof detailsForm>;

export function detailsForm(operator: boolean) {
  return new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [...filled, Validators.maxLength(200)] }),
    privacyNotice: new FormControl('', { nonNullable: true, validators: [...filled, Validators.maxLength(2000)] }),
    anonymous: new FormControl<'anonymous' | 'named' | ''>(operator ? 'anonymous' : '', { nonNullable: true, validators: [Validators.required] }),
    networkWide: new FormControl(operator, { nonNullable: true }),
    opensOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    closesOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    secondLanguage: new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/)] }),
    publicLink: new FormControl(false, { nonNullable: true }),
  });
}

export type DetailsField = keyof DetailsForm['controls'];

export const DETAILS_FIELDS: FieldDescriptions<DetailsField> = {
  title: {
    id: 'consultation-title',
    label: 'Title',
    messages: { required: 'Enter a title', pattern: 'Enter a title', maxlength: 'Keep the title to 200 characters or fewer' },
  },
  privacyNotice: {
    id: 'consultation-privacy-notice',
    label: 'Privacy notice',
    messages: { required: 'Say in plain words what is kept and who sees it', pattern: 'Say in plain words what is kept and who sees it', maxlength: 'Keep the privacy notice to 2,000 characters or fewer' },
  },
  anonymous: { id: 'consultation-anonymous-input', label: 'Anonymous or named', messages: { required: 'Choose anonymous or named: it cannot change later' } },
  networkWide: { id: 'consultation-network-wide-input', label: 'Network-wide', messages: {} },
  opensOn: { id: 'consultation-opens-on', label: 'Opens on', messages: { required: 'Enter the day it opens' } },
  closesOn: { id: 'consultation-closes-on', label: 'Closes on', messages: { required: 'Enter the day it closes' } },
  secondLanguage: { id: 'consultation-second-language', label: 'Second language', messages: { pattern: 'Enter a language code such as cy or pl' } },
  publicLink: { id: 'consultation-public-link-input', label: 'Public link', messages: {} },
};

/** The request from the form; a public link only ever for an anonymous consultation. */
export function detailsRequest(form: DetailsForm, operator: boolean): CreateConsultationRequest {
  const v = form.getRawValue();
  const anonymous = v.anonymous === 'anonymous';
  const request: CreateConsultationRequest = {
    title: v.title.trim(),
    privacyNotice: v.privacyNotice.trim(),
    anonymous,
    opensOn: v.opensOn,
    closesOn: v.closesOn,
    secondLanguage: v.secondLanguage.trim() || null,
    publicLink: anonymous && v.publicLink,
  };
  // The network operator's are network-wide by themselves; a manager says so.
  if (!operator) request.networkWide = v.networkWide;
  return request;
}

/** What a draft's change may touch: anonymous and network-wide are fixed at creation. */
export function editableDetails(form: DetailsForm): Omit<UpdateConsultationRequest, 'version'> {
  const { title, privacyNotice, opensOn, closesOn, secondLanguage, publicLink } = detailsRequest(form, true);
  return { title, privacyNotice, opensOn, closesOn, secondLanguage, publicLink };
}
