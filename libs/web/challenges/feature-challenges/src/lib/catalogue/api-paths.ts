import type { FormGroup } from '@angular/forms';
import type { ApiProblem, FieldDescriptions, FormErrorItem } from '@beside/web/core';

/**
 * The API names a field inside a list by its path ("stages.0.limit.source must not be empty"), which the shared mapping
 * (plain property names only) would leave in the summary unlinked: this puts each such message on its field. Gives
 * the problem without them, and the summary's lines for them.
 */
export function placePathMessages(form: FormGroup, problem: ApiProblem, fields: FieldDescriptions): { rest: ApiProblem; items: FormErrorItem[] } {
  const items: FormErrorItem[] = [];
  const messages: string[] = [];
  for (const message of problem.messages) {
    const match = /^([A-Za-z]+(?:\.[A-Za-z0-9]+)+)(:\s*|\s+)(.+)$/s.exec(message);
    const field = match ? fields[match[1]] : undefined;
    const control = match ? form.get(match[1]) : null;
    if (!match || !field || !control) {
      messages.push(message);
      continue;
    }
    const text = match[2].startsWith(':') ? match[3].charAt(0).toUpperCase() + match[3].slice(1) : `${field.label} ${match[3]}`;
    control.setErrors({ ...(control.errors ?? {}), server: text });
    control.markAsTouched();
    items.push({ fieldId: field.id, message: text });
  }
  return { rest: { ...problem, messages }, items };
}
