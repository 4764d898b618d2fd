import { FormArray, FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import {
  CONSULTATION_TEXT_LIMIT_MAX,
  type ConsultationChoice,
  type ConsultationQuestionBody,
  type ConsultationQuestionKind,
} from '@beside/shared/contracts';
import type { FieldDescriptions } from '@beside/web/core';

const filled = [Validators.required, Validators.pattern(/\S/)];
const KEY = /^[a-z0-9_-]{1,40}$/;

export type ChoiceForm = FormGroup<{
  key: FormControl<string>;
  words: FormControl<string>;
  easyRead: FormControl<string>;
  secondLanguageWords: FormControl<string>;
}>;

export type QuestionForm = FormGroup<{
  kind: FormControl<ConsultationQuestionKind>;
  words: FormControl<string>;
  easyRead: FormControl<string>;
  secondLanguageWords: FormControl<string>;
  required: FormControl<boolean>;
  textLimit: FormControl<number | null>;
  choices: FormArray<ChoiceForm>;
}>;

export function choiceForm(choice: Partial<ConsultationChoice> = {}): ChoiceForm {
  return new FormGroup({
    key: new FormControl(choice.key ?? '', { nonNullable: true, validators: [Validators.required, Validators.pattern(KEY)] }),
    words: new FormControl(choice.words ?? '', { nonNullable: true, validators: [...filled, Validators.maxLength(300)] }),
    easyRead: new FormControl(choice.easyRead ?? '', { nonNullable: true, validators: [Validators.maxLength(600)] }),
    secondLanguageWords: new FormControl(choice.secondLanguageWords ?? '', { nonNullable: true, validators: [Validators.maxLength(300)] }),
  });
}

/** Choice questions need two or more choices, each key once. */
function choicesFit(control: AbstractControl): ValidationErrors | null {
  const question = control as QuestionForm;
  const kind = question.controls.kind.value;
  if (kind !== 'single' && kind !== 'several') return null;
  const keys = question.controls.choices.controls.map((c) => c.controls.key.value);
  if (keys.length < 2) return { tooFewChoices: true };
  if (new Set(keys).size !== keys.length) return { sameKey: true };
  return null;
}

export function questionForm(question: Partial<ConsultationQuestionBody> = {}): QuestionForm {
  const kind = question.kind ?? 'single';
  const choices = question.choices ?? (kind === 'single' || kind === 'several' ? [{ key: 'a' }, { key: 'b' }] : []);
  return new FormGroup(
    {
      kind: new FormControl<ConsultationQuestionKind>(kind, { nonNullable: true }),
      words: new FormControl(question.words ?? '', { nonNullable: true, validators: [...filled, Validators.maxLength(1000)] }),
      easyRead: new FormControl(question.easyRead ?? '', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
      secondLanguageWords: new FormControl(question.secondLanguageWords ?? '', { nonNullable: true, validators: [Validators.maxLength(1000)] }),
      required: new FormControl(question.required ?? true, { nonNullable: true }),
      textLimit: new FormControl<number | null>(question.textLimit ?? null, [Validators.min(1), Validators.max(CONSULTATION_TEXT_LIMIT_MAX)]),
      choices: new FormArray(choices.map(choiceForm)),
    },
    { validators: choicesFit },
  );
}

/** The next free key for a new choice: a, b, c … then c2, c3 … */
export function nextChoiceKey(question: QuestionForm): string {
  const used = new Set(question.controls.choices.controls.map((c) => c.controls.key.value));
  const letter = [...'abcdefghijklmnopqrstuvwxyz'].find((l) => !used.has(l));
  if (letter) return letter;
  let n = 2;
  while (used.has(`c${n}`)) n++;
  return `c${n}`;
}

const optional = (words: string) => words.trim() || null;

/** What the API is sent for one question: only what its kind takes. */
export function questionBody(question: QuestionForm): ConsultationQuestionBody {
  const v = question.getRawValue();
  const body: ConsultationQuestionBody = {
    kind: v.kind,
    words: v.words.trim(),
    easyRead: optional(v.easyRead),
    secondLanguageWords: optional(v.secondLanguageWords),
    required: v.required,
  };
  if (v.kind === 'single' || v.kind === 'several') {
    body.choices = v.choices.map((c) => ({ key: c.key.trim(), words: c.words.trim(), easyRead: optional(c.easyRead), secondLanguageWords: optional(c.secondLanguageWords) }));
  }
  if (v.kind === 'text' && v.textLimit) body.textLimit = v.textLimit;
  return body;
}

/** Every field of the questions, named by its place, so the summary links to the very field. */
export function questionFields(questions: FormArray<QuestionForm>): FieldDescriptions {
  const fields: FieldDescriptions = {};
  questions.controls.forEach((question, i) => {
    const n = i + 1;
    fields[`questions.${i}`] = {
      id: `question-${i}-add-choice`,
      label: `Question ${n}`,
      messages: { tooFewChoices: `Give question ${n} two or more choices`, sameKey: `Give each choice of question ${n} its own key` },
    };
    fields[`questions.${i}.words`] = {
      id: `question-${i}-words`,
      label: `Question ${n}`,
      messages: { required: `Enter the words of question ${n}`, pattern: `Enter the words of question ${n}`, maxlength: `Keep question ${n} to 1,000 characters` },
    };
    fields[`questions.${i}.easyRead`] = { id: `question-${i}-easy-read`, label: `Question ${n} in easy read`, messages: { maxlength: `Keep the easy read of question ${n} to 2,000 characters` } };
    fields[`questions.${i}.secondLanguageWords`] = {
      id: `question-${i}-second-language`,
      label: `Question ${n} in the second language`,
      messages: { maxlength: `Keep question ${n} in the second language to 1,000 characters` },
    };
    fields[`questions.${i}.textLimit`] = {
      id: `question-${i}-text-limit`,
      label: `Question ${n}: longest answer`,
      messages: { min: `The longest answer to question ${n} must be from 1 to 4,000 characters`, max: `The longest answer to question ${n} must be from 1 to 4,000 characters` },
    };
    question.controls.choices.controls.forEach((_, j) => {
      const c = `choice ${j + 1} of question ${n}`;
      fields[`questions.${i}.choices.${j}.key`] = {
        id: `question-${i}-choice-${j}-key`,
        label: `Key of ${c}`,
        messages: { required: `Enter a key for ${c}`, pattern: `The key of ${c} must be lower-case letters, digits, - or _` },
      };
      fields[`questions.${i}.choices.${j}.words`] = {
        id: `question-${i}-choice-${j}-words`,
        label: `Words of ${c}`,
        messages: { required: `Enter the words of ${c}`, pattern: `Enter the words of ${c}`, maxlength: `Keep ${c} to 300 characters` },
      };
    });
  });
  return fields;
}
