import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { LetterTemplateDefinition, SaveLetterTemplateRequest } from '@beside/shared/contracts';
import type { ApiProblem, FieldDescriptions } from '@beside/web/core';
import { followName, unusedKey } from './challenge-type-form';

const filled = (max: number) => [Validators.required, Validators.pattern(/\S/), Validators.maxLength(max)];

export type LetterTemplateForm = FormGroup<{
  key: FormControl<string>;
  name: FormControl<string>;
  /** '' for any challenge. */
  challengeTypeKey: FormControl<string>;
  /** '' for any stage. */
  stageKey: FormControl<string>;
  title: FormControl<string>;
  body: FormControl<string>;
}>;

/** The form for a template: a new one (`template` null) takes a key from its name, not used by another template. */
export function letterTemplateForm(template: LetterTemplateDefinition | null, usedKeys: () => readonly string[]): LetterTemplateForm {
  const form: LetterTemplateForm = new FormGroup({
    key: new FormControl(template?.key ?? '', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]*$/), Validators.maxLength(40), unusedKey(usedKeys)] }),
    name: new FormControl(template?.name ?? '', { nonNullable: true, validators: filled(200) }),
    challengeTypeKey: new FormControl(template?.challengeTypeKey ?? '', { nonNullable: true }),
    stageKey: new FormControl(template?.stageKey ?? '', { nonNullable: true }),
    title: new FormControl(template?.title ?? '', { nonNullable: true, validators: filled(200) }),
    body: new FormControl(template?.body ?? '', { nonNullable: true, validators: filled(10000) }),
  });
  if (template) form.controls.key.disable();
  else followName(form.controls.name, form.controls.key);
  return form;
}

export function letterTemplateRequest(form: LetterTemplateForm): SaveLetterTemplateRequest {
  const v = form.getRawValue();
  return { name: v.name.trim(), challengeTypeKey: v.challengeTypeKey || null, stageKey: (v.challengeTypeKey && v.stageKey) || null, title: v.title.trim(), body: v.body };
}

export const LETTER_TEMPLATE_FIELDS: FieldDescriptions = {
  key: {
    id: 'template-key',
    label: 'Key',
    messages: {
      required: 'Enter a key for the template',
      pattern: 'The key must be lower-case letters, digits and _, starting with a letter',
      maxlength: 'Keep the key to 40 characters',
      taken: 'A template with this key already exists (it may be archived): choose another key',
    },
  },
  name: { id: 'template-name', label: 'Name', messages: { required: 'Enter the name of the template', pattern: 'Enter the name of the template', maxlength: 'Keep the name to 200 characters' } },
  challengeTypeKey: { id: 'template-type', label: 'Challenge type', messages: {} },
  stageKey: { id: 'template-stage', label: 'Stage', messages: {} },
  title: { id: 'template-title', label: 'Title', messages: { required: 'Enter the letter’s title', pattern: 'Enter the letter’s title', maxlength: 'Keep the title to 200 characters' } },
  body: { id: 'template-body', label: 'The letter', messages: { required: 'Write the letter', pattern: 'Write the letter', maxlength: 'Keep the letter to 10,000 characters' } },
};

/**
 * The API refuses an unknown merge field as "body names unknown merge fields: {{her.shoeSize}}; known: …", for the
 * title too. Puts it on the field that holds it, without the list of known fields (they are listed beside the letter).
 */
export function placeUnknownFields(problem: ApiProblem, form: LetterTemplateForm): ApiProblem {
  const messages = problem.messages.map((message) => {
    const match = /^body names unknown merge fields: (.+?)(; known: .*)?$/s.exec(message);
    if (!match) return message;
    const named = match[1];
    const names = named.split(', ').map((f) => f.slice(2, -2));
    const inTitle = names.some((n) => form.controls.title.value.includes(n)) && !names.some((n) => form.controls.body.value.includes(n));
    const words =
      names.length === 1
        ? `Beside has no merge field ${named}: use one of the fields listed beside the letter, or take it out`
        : `Beside has no merge fields ${named}: use the fields listed beside the letter, or take them out`;
    return `${inTitle ? 'title' : 'body'}: ${words}`;
  });
  return { ...problem, messages };
}
