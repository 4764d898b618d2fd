import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { isMonth, thisMonth } from '@beside/shared/util';

/** A month written YYYY-MM (`format`) that is not still to come in London (`future`); blank is left to `required`. */
export function monthSoFar(control: AbstractControl<string>): ValidationErrors | null {
  const value = (control.value ?? '').trim();
  if (!value) return null;
  if (!isMonth(value)) return { format: true };
  return value > thisMonth() ? { future: true } : null;
}
