import { FormArray, FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import type { ChallengeStageDefinition, SaveChallengeTypeRequest, TimeLimitStart, TimeLimitUnit } from '@beside/shared/contracts';
import type { FieldDescriptions } from '@beside/web/core';
import { keyFromName } from './catalogue-words';

export const MAX_STAGES = 12;
const filled = (max: number) => [Validators.required, Validators.pattern(/\S/), Validators.maxLength(max)];
const KEY = /^[a-z][a-z0-9_]*$/;

export type LimitForm = FormGroup<{
  on: FormControl<boolean>;
  amount: FormControl<number | null>;
  unit: FormControl<TimeLimitUnit>;
  from: FormControl<TimeLimitStart>;
  nextWorkingDay: FormControl<boolean>;
  source: FormControl<string>;
}>;

export type StageForm = FormGroup<{ key: FormControl<string>; name: FormControl<string>; description: FormControl<string>; limit: LimitForm }>;

export type ChallengeTypeForm = FormGroup<{ key: FormControl<string>; name: FormControl<string>; bodyHint: FormControl<string>; stages: FormArray<StageForm> }>;

/** A key field that follows its name while it has not been typed over (a new type, a new stage). */
export function followName(name: FormControl<string>, key: FormControl<string>): void {
  let last = keyFromName(name.value);
  name.valueChanges.subscribe((value) => {
    const next = keyFromName(value);
    if (key.value === '' || key.value === last) key.setValue(next);
    last = next;
  });
}

function limitForm(stage: ChallengeStageDefinition | null): LimitForm {
  const limit = stage?.limit ?? null;
  const form: LimitForm = new FormGroup({
    on: new FormControl(!!limit, { nonNullable: true }),
    amount: new FormControl<number | null>(limit?.amount ?? null, [Validators.required, Validators.min(1), Validators.max(400), Validators.pattern(/^\d+$/)]),
    unit: new FormControl<TimeLimitUnit>(limit?.unit ?? 'calendar_days', { nonNullable: true }),
    from: new FormControl<TimeLimitStart>(limit?.from ?? 'stage_start', { nonNullable: true }),
    nextWorkingDay: new FormControl(limit?.nextWorkingDay ?? false, { nonNullable: true }),
    source: new FormControl(limit?.source ?? '', { nonNullable: true, validators: filled(500) }),
  });
  // Without a limit its fields are put aside: not checked, not sent, kept should she turn it on again.
  const fit = (on: boolean) => {
    for (const name of ['amount', 'unit', 'from', 'nextWorkingDay', 'source'] as const) {
      if (on) form.controls[name].enable({ emitEvent: false });
      else form.controls[name].disable({ emitEvent: false });
    }
  };
  fit(!!limit);
  form.controls.on.valueChanges.subscribe(fit);
  return form;
}

/** One stage; a new one (no `stage`) takes its key from its name until the key is typed over. */
export function stageForm(stage: ChallengeStageDefinition | null = null): StageForm {
  const form: StageForm = new FormGroup({
    key: new FormControl(stage?.key ?? '', { nonNullable: true, validators: [Validators.required, Validators.pattern(KEY), Validators.maxLength(40)] }),
    name: new FormControl(stage?.name ?? '', { nonNullable: true, validators: filled(120) }),
    description: new FormControl(stage?.description ?? '', { nonNullable: true, validators: filled(1000) }),
    limit: limitForm(stage),
  });
  if (!stage) followName(form.controls.name, form.controls.key);
  return form;
}

/** One to twelve stages, each key once. */
const stagesFit: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const stages = control as FormArray<StageForm>;
  if (stages.length === 0) return { required: true };
  if (stages.length > MAX_STAGES) return { tooMany: true };
  const keys = stages.controls.map((s) => s.controls.key.value.trim()).filter(Boolean);
  return new Set(keys).size === keys.length ? null : { sameKey: true };
};

/** A key not used by another entry (an archived one too): saving under it would replace that one. */
export function unusedKey(usedKeys: () => readonly string[]): ValidatorFn {
  return (control) => (usedKeys().includes(control.value as string) ? { taken: true } : null);
}

/** The form for a type: a new one (`usedKeys` given) takes a key from its name; an existing one keeps its key. */
export function challengeTypeForm(type: { key: string; name: string; bodyHint: string; stages: ChallengeStageDefinition[] } | null, usedKeys: () => readonly string[]): ChallengeTypeForm {
  const form: ChallengeTypeForm = new FormGroup({
    key: new FormControl(type?.key ?? '', { nonNullable: true, validators: [Validators.required, Validators.pattern(KEY), Validators.maxLength(40), unusedKey(usedKeys)] }),
    name: new FormControl(type?.name ?? '', { nonNullable: true, validators: filled(120) }),
    bodyHint: new FormControl(type?.bodyHint ?? '', { nonNullable: true, validators: filled(200) }),
    stages: new FormArray((type?.stages ?? [null]).map(stageForm), { validators: stagesFit }),
  });
  if (type) form.controls.key.disable();
  else followName(form.controls.name, form.controls.key);
  return form;
}

/** What the API is sent: the words trimmed, a limit only where a rule sets one. */
export function challengeTypeRequest(form: ChallengeTypeForm): SaveChallengeTypeRequest {
  const v = form.getRawValue();
  return {
    name: v.name.trim(),
    bodyHint: v.bodyHint.trim(),
    stages: v.stages.map((s) => ({
      key: s.key.trim(),
      name: s.name.trim(),
      description: s.description.trim(),
      limit: s.limit.on ? { amount: Number(s.limit.amount), unit: s.limit.unit, from: s.limit.from, nextWorkingDay: s.limit.nextWorkingDay, source: s.limit.source.trim() } : null,
    })),
  };
}

const KEY_RULE = 'lower-case letters, digits and _, starting with a letter';

/** Every field, named by its path in the form (as the API names it), so the summary links to the very field. */
export function challengeTypeFields(form: ChallengeTypeForm): FieldDescriptions {
  const fields: FieldDescriptions = {
    key: {
      id: 'type-key',
      label: 'Key',
      messages: { required: 'Enter a key for the type', pattern: `The key must be ${KEY_RULE}`, maxlength: 'Keep the key to 40 characters', taken: 'A type with this key already exists (it may be archived): choose another key' },
    },
    name: { id: 'type-name', label: 'Name', messages: { required: 'Enter the name of the type', pattern: 'Enter the name of the type', maxlength: 'Keep the name to 120 characters' } },
    bodyHint: { id: 'type-body-hint', label: 'The body challenged', messages: { required: 'Say what kind of body is challenged', pattern: 'Say what kind of body is challenged', maxlength: 'Keep it to 200 characters' } },
    stages: { id: 'add-stage', label: 'Stages', messages: { required: 'Add at least one stage', tooMany: `A type can have up to ${MAX_STAGES} stages`, sameKey: 'Give each stage its own key' } },
  };
  form.controls.stages.controls.forEach((_, i) => {
    const n = `stage ${i + 1}`;
    const at = (name: string, id: string, label: string, messages: Record<string, string>) => (fields[`stages.${i}.${name}`] = { id: `stage-${i}-${id}`, label, messages });
    at('name', 'name', `Name of ${n}`, { required: `Enter the name of ${n}`, pattern: `Enter the name of ${n}`, maxlength: `Keep the name of ${n} to 120 characters` });
    at('key', 'key', `Key of ${n}`, { required: `Enter a key for ${n}`, pattern: `The key of ${n} must be ${KEY_RULE}`, maxlength: `Keep the key of ${n} to 40 characters` });
    at('description', 'description', `What happens at ${n}`, { required: `Say what happens at ${n}`, pattern: `Say what happens at ${n}`, maxlength: `Keep what happens at ${n} to 1,000 characters` });
    const amount = `The time limit of ${n} must be a whole number from 1 to 400`;
    at('limit.amount', 'amount', `Time limit of ${n}`, { required: `Enter how long the time limit of ${n} is`, min: amount, max: amount, pattern: amount });
    at('limit.unit', 'unit', `Unit of the time limit of ${n}`, {});
    at('limit.from', 'from', `What the time limit of ${n} counts from`, {});
    at('limit.source', 'source', `Source of the time limit of ${n}`, {
      required: `Say which regulation or guidance sets the time limit of ${n}`,
      pattern: `Say which regulation or guidance sets the time limit of ${n}`,
      maxlength: `Keep the source of ${n}'s time limit to 500 characters`,
    });
  });
  return fields;
}
