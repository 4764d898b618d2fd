import type { Provider } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, type MatFormFieldDefaultOptions } from '@angular/material/form-field';

// Labels always sit above the input, so they stay visible while typing. We do not mark
// required fields; optional ones say so (the GOV.UK pattern).
const FORM_FIELD_DEFAULTS: MatFormFieldDefaultOptions = {
  appearance: 'outline',
  floatLabel: 'always',
  hideRequiredMarker: true,
  subscriptSizing: 'dynamic',
};

/** Provided by each (lazy) layout, so the form-field code stays out of the first download. */
export function provideFormFieldDefaults(): Provider {
  return { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: FORM_FIELD_DEFAULTS };
}
