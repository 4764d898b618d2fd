import { FormArray, FormControl, FormGroup, Validators, type ValidatorFn } from '@angular/forms';
import type { RiskAnswerOption, RiskChecklistBody, RiskQuestion } from '@beside/shared/contracts';
import type { FieldDescriptions } from '@beside/web/core';
import { keyFromName } from './settings-words';

export const MAX_QUESTIONS = 80;
export const MAX_OPTIONS = 12;
const KEY = /^[a-z][a-z0-9_]*$/;
const KEY_RULE = 'lower-case letters, digits and _, starting with a letter';
const filled = (max: number) => [Validators.required, Validators.pattern(/\S/), Validators.maxLength(max)];
/** A number read in, or null (so the field asks for one) when it is not a number at all. */
const num = (v: number | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const whole = (min: number, max?: number) => [Validators.required, Validators.pattern(/^\d+$/), Validators.min(min), ...(max === undefined ? [] : [Validators.max(max)])];

export type OptionForm = FormGroup<{ key: FormControl<string>; label: FormControl<string>; weight: FormControl<number | null> }>;
export type QuestionForm = FormGroup<{ key: FormControl<string>; text: FormControl<string>; guidance: FormControl<string>; required: FormControl<boolean>; options: FormArray<OptionForm> }>;
export type ThresholdsForm = FormGroup<{ medium: FormControl<number | null>; high: FormControl<number | null>; marac: FormControl<number | null> }>;
export type ChecklistForm = FormGroup<{
  key: FormControl<string>;
  name: FormControl<string>;
  guidance: FormControl<string>;
  source: FormControl<string>;
  thresholds: ThresholdsForm;
  questions: FormArray<QuestionForm>;
}>;

/** A key that follows its words while it has not been typed over (a new question, answer or checklist). */
function follow(words: FormControl<string>, key: FormControl<string>): void {
  let last = keyFromName(words.value);
  words.valueChanges.subscribe((value) => {
    const next = keyFromName(value);
    if (key.value === '' || key.value === last) key.setValue(next);
    last = next;
  });
}

export function optionForm(option: RiskAnswerOption | null = null): OptionForm {
  const form: OptionForm = new FormGroup({
    key: new FormControl(option?.key ?? '', { nonNullable: true, validators: [Validators.required, Validators.pattern(KEY), Validators.maxLength(40)] }),
    label: new FormControl(option?.label ?? '', { nonNullable: true, validators: filled(200) }),
    weight: new FormControl<number | null>(option ? num(option.weight) : 0, whole(0, 100)),
  });
  if (!option) follow(form.controls.label, form.controls.key);
  return form;
}

/** Two answers at least, each key once. */
const optionsFit: ValidatorFn = (control) => {
  const options = control as FormArray<OptionForm>;
  if (options.length < 2) return { tooFew: true };
  const keys = options.controls.map((o) => o.controls.key.value.trim()).filter(Boolean);
  return new Set(keys).size === keys.length ? null : { sameKey: true };
};

/** A new question starts with "No" and "Yes", weighted 0 and 1. */
export function questionForm(question: RiskQuestion | null = null): QuestionForm {
  const options = question?.options ?? [
    { key: 'no', label: 'No', weight: 0 },
    { key: 'yes', label: 'Yes', weight: 1 },
  ];
  const form: QuestionForm = new FormGroup({
    key: new FormControl(question?.key ?? '', { nonNullable: true, validators: [Validators.required, Validators.pattern(KEY), Validators.maxLength(40)] }),
    text: new FormControl(question?.text ?? '', { nonNullable: true, validators: filled(500) }),
    guidance: new FormControl(question?.guidance ?? '', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    required: new FormControl(question?.required ?? false, { nonNullable: true }),
    options: new FormArray(options.map((o) => optionForm(o)), { validators: optionsFit }),
  });
  if (!question) follow(form.controls.text, form.controls.key);
  return form;
}

const questionsFit: ValidatorFn = (control) => {
  const questions = control as FormArray<QuestionForm>;
  if (questions.length === 0) return { required: true };
  const keys = questions.controls.map((q) => q.controls.key.value.trim()).filter(Boolean);
  return new Set(keys).size === keys.length ? null : { sameKey: true };
};

/**
 * The editor's form: a new version or an edit starts from a version's text; a checklist of her own also has its key.
 * The thresholds' order is left for the API to say (it names the problem in its words).
 */
export function checklistForm(body: RiskChecklistBody | null, withKey: boolean, usedKeys: () => readonly string[] = () => []): ChecklistForm {
  const form: ChecklistForm = new FormGroup({
    key: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]{1,39}$/), (c) => (usedKeys().includes(c.value) ? { taken: true } : null)] }),
    name: new FormControl(body?.name ?? '', { nonNullable: true, validators: filled(200) }),
    guidance: new FormControl(body?.guidance ?? '', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
    source: new FormControl(body?.source ?? '', { nonNullable: true, validators: filled(500) }),
    thresholds: new FormGroup({
      medium: new FormControl<number | null>(num(body?.thresholds.medium), whole(1)),
      high: new FormControl<number | null>(num(body?.thresholds.high), whole(1)),
      marac: new FormControl<number | null>(num(body?.thresholds.marac), whole(1)),
    }),
    questions: new FormArray((body?.questions ?? [null]).map((q) => questionForm(q)), { validators: questionsFit }),
  });
  if (withKey) follow(form.controls.name, form.controls.key);
  else form.controls.key.disable();
  return form;
}

/** What the API is sent: words trimmed, empty guidance as null, numbers as numbers. */
export function checklistBody(form: ChecklistForm): RiskChecklistBody {
  const v = form.getRawValue();
  return {
    name: v.name.trim(),
    guidance: v.guidance.trim(),
    source: v.source.trim(),
    thresholds: { medium: Number(v.thresholds.medium), high: Number(v.thresholds.high), marac: Number(v.thresholds.marac) },
    questions: v.questions.map((q) => ({
      key: q.key.trim(),
      text: q.text.trim(),
      guidance: q.guidance.trim() || null,
      required: q.required,
      options: q.options.map((o) => ({ key: o.key.trim(), label: o.label.trim(), weight: Number(o.weight) })),
    })),
  };
}

/** Every field by its path in the form (as the API names it), so the summary links to the very field. */
export function checklistFields(form: ChecklistForm): FieldDescriptions {
  const fields: FieldDescriptions = {
    key: { id: 'checklist-key', label: 'Key', messages: { required: 'Enter a key for the checklist', pattern: `The key must be 2 to 40 characters: ${KEY_RULE}`, taken: 'A checklist with this key already exists: choose another key' } },
    name: { id: 'checklist-name', label: 'Name', messages: { required: 'Enter the name of the checklist', pattern: 'Enter the name of the checklist', maxlength: 'Keep the name to 200 characters' } },
    guidance: { id: 'checklist-guidance', label: 'Guidance', messages: { maxlength: 'Keep the guidance to 4,000 characters' } },
    source: { id: 'checklist-source', label: 'Source', messages: { required: 'Say where the wording comes from', pattern: 'Say where the wording comes from', maxlength: 'Keep the source to 500 characters' } },
    // The thresholds' order, as the API says it: shown over the three fields, linked to the first.
    thresholds: { id: 'threshold-medium', label: 'Thresholds', messages: {} },
    questions: { id: 'add-question', label: 'Questions', messages: { required: 'Add at least one question', sameKey: 'Give each question its own key' } },
  };
  for (const name of ['medium', 'high', 'marac'] as const) {
    const label = name === 'marac' ? 'The MARAC threshold' : `The ${name} threshold`;
    const rule = `${label} must be a whole number from 1`;
    fields[`thresholds.${name}`] = { id: `threshold-${name}`, label, messages: { required: `Enter ${label.toLowerCase()}`, pattern: rule, min: rule } };
  }
  form.controls.questions.controls.forEach((question, i) => {
    const n = `question ${i + 1}`;
    const at = (path: string, id: string, label: string, messages: Record<string, string>) => (fields[`questions.${i}.${path}`] = { id: `q-${i}-${id}`, label, messages });
    at('text', 'text', `Text of ${n}`, { required: `Enter the text of ${n}`, pattern: `Enter the text of ${n}`, maxlength: `Keep ${n} to 500 characters` });
    at('key', 'key', `Key of ${n}`, { required: `Enter a key for ${n}`, pattern: `The key of ${n} must be ${KEY_RULE}`, maxlength: `Keep the key of ${n} to 40 characters` });
    at('guidance', 'guidance', `Guidance for ${n}`, { maxlength: `Keep the guidance for ${n} to 2,000 characters` });
    at('options', 'add-option', `Answers to ${n}`, { tooFew: `Give ${n} at least two answers`, sameKey: `Give each answer to ${n} its own key` });
    question.controls.options.controls.forEach((_, j) => {
      const a = `answer ${j + 1} to ${n}`;
      const weight = `The weight of ${a} must be a whole number from 0 to 100`;
      at(`options.${j}.label`, `o-${j}-label`, `Words of ${a}`, { required: `Enter the words of ${a}`, pattern: `Enter the words of ${a}`, maxlength: `Keep ${a} to 200 characters` });
      at(`options.${j}.key`, `o-${j}-key`, `Key of ${a}`, { required: `Enter a key for ${a}`, pattern: `The key of ${a} must be ${KEY_RULE}`, maxlength: `Keep the key of ${a} to 40 characters` });
      at(`options.${j}.weight`, `o-${j}-weight`, `Weight of ${a}`, { required: `Enter the weight of ${a}`, pattern: weight, min: weight, max: weight });
    });
  });
  return fields;
}
