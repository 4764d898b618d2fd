import { FormControl, Validators } from '@angular/forms';
import type { FieldDescription } from '@beside/web/core';

/** The 6-digit code from her authenticator app (spaces allowed, as apps show it: "123 456"). */
export function twoStepCodeControl(): FormControl<string> {
  return new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^\s*\d{3}\s?\d{3}\s*$/)] });
}

/** How a form names the code field, for its messages and the error summary. */
export function twoStepCodeField(id: string): FieldDescription {
  return {
    id,
    label: 'Code',
    messages: {
      required: 'Enter the 6-digit code from your authenticator app',
      pattern: 'The code must be 6 digits, like 123456',
    },
  };
}

/** The code as the API takes it: the digits alone. */
export function twoStepCodeDigits(code: string): string {
  return code.replace(/\s/g, '');
}
