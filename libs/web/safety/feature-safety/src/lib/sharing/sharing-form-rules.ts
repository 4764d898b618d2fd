import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { londonToday } from '@beside/shared/util';

/** Required only while `applies` holds for the form the control sits in (checked again when what it depends on changes). */
export function requiredWhen(applies: (form: AbstractControl) => boolean): ValidatorFn {
  return (control) => {
    const form = control.parent;
    if (!form || !applies(form)) return null;
    const value = control.value;
    const empty = Array.isArray(value) ? value.length === 0 : typeof value === 'string' ? value.trim() === '' : value === null || value === undefined;
    return empty ? { required: true } : null;
  };
}

export const consentAnswered = (form: AbstractControl): boolean => !!form.get('withConsent')?.value;
export const withoutConsent = (form: AbstractControl): boolean => form.get('withConsent')?.value === 'no';
export const heldBack = (form: AbstractControl): boolean => withoutConsent(form) && form.get('shownToHer')?.value === 'held';

export function notInFuture(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value > londonToday() ? { future: true } : null;
}
