import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ApiProblem } from '../http/api-problem';

/** One line of an error summary; `fieldId` is the id of the input it links to. */
export interface FormErrorItem {
  fieldId?: string;
  message: string;
}

/** How a form names one of its fields: the input id, its label, and a message for each validator. */
export interface FieldDescription {
  id: string;
  label: string;
  messages: Record<string, string>;
}

export type FieldDescriptions<K extends string = string> = Record<K, FieldDescription>;

/** The message to show under a field, or null when it is fine. */
export function fieldErrorMessage(control: AbstractControl | null, field: FieldDescription): string | null {
  const errors = control?.errors;
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  const key = Object.keys(errors)[0];
  return field.messages[key] ?? `Check ${field.label.toLowerCase()}`;
}

/** Every field error of the form, in field order, for the error summary. */
export function collectFormErrors(form: FormGroup, fields: FieldDescriptions): FormErrorItem[] {
  const items: FormErrorItem[] = [];
  for (const [name, field] of Object.entries(fields)) {
    const message = fieldErrorMessage(form.get(name), field);
    if (message) items.push({ fieldId: field.id, message });
  }
  return items;
}

/**
 * Splits API messages between fields and the form. The API names the field first, either
 * `"newPassword: Choose a longer password"` (the rest is for people) or, from validation,
 * `"email must be an email address"` (we swap the property for the field's label).
 */
export function mapApiMessages(
  messages: string[],
  fields: FieldDescriptions,
): { fieldErrors: Record<string, string>; general: string[] } {
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  for (const message of messages) {
    const match = /^([A-Za-z][A-Za-z0-9]*)(:\s*|\s+)(.+)$/s.exec(message);
    const name = match?.[1];
    if (match && name && name in fields) {
      const text = match[2].startsWith(':') ? capitalise(match[3]) : `${fields[name].label} ${match[3]}`;
      fieldErrors[name] ??= text;
    } else {
      general.push(message);
    }
  }
  return { fieldErrors, general };
}

/**
 * Puts an API problem on the form: field messages on their controls (shown by mat-error) and
 * everything else in the summary. `fallbackField` takes a general message that can only be
 * about one field (a wrong code on a one-field form).
 */
export function applyApiProblem(
  form: FormGroup,
  problem: ApiProblem,
  fields: FieldDescriptions,
  fallbackField?: string,
): FormErrorItem[] {
  const { fieldErrors, general } = mapApiMessages(problem.messages, fields);
  if (fallbackField && fields[fallbackField] && problem.status >= 400 && problem.status < 500 && problem.status !== 429) {
    for (const message of general.splice(0)) fieldErrors[fallbackField] ??= message;
  }
  const items: FormErrorItem[] = general.map((message) => ({ message }));
  for (const [name, field] of Object.entries(fields)) {
    const message = fieldErrors[name];
    if (!message) continue;
    const control = form.get(name);
    control?.setErrors({ ...(control.errors ?? {}), server: message });
    control?.markAsTouched();
    items.push({ fieldId: field.id, message });
  }
  return items;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
