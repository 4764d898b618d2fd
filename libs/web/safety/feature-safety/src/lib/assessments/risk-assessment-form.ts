import { ChangeDetectionStrategy, Component, computed, effect, inject, output, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, FormRecord, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CreateRiskAssessmentRequest, RiskAssessmentView } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { type ApiProblem, type FieldDescriptions, FormFlow } from '@beside/web/core';
import { answerProblems, type CurrentChecklist, JourneyRiskAssessmentsStore } from '@beside/web/safety/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';
import { startWith } from 'rxjs';
import { questionFieldId, RiskQuestionFieldset } from './risk-question-fieldset';

const MAX_NOTES = 4000;
const NOT_ANSWERED = 'Choose her answer';

function notInFuture(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value > londonToday() ? { future: true } : null;
}

/**
 * A risk assessment done with her: the checklist (its current version), each question with how to ask it and her
 * answer, the day it was done and what she said. Every unanswered required question is named at the top and beside it.
 */
@Component({
  selector: 'bs-risk-assessment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary, CharCount, RiskQuestionFieldset],
  templateUrl: './risk-assessment-form.html',
  styles: `
    .bs-checklist-guidance {
      margin: 0 0 1.5rem;
    }
    .bs-checklist-guidance summary {
      cursor: pointer;
      font-weight: 600;
    }
    .bs-questions {
      margin: 1rem 0 1.5rem;
    }
  `,
})
export class RiskAssessmentForm {
  readonly saved = output<RiskAssessmentView>();
  readonly cancelled = output<void>();
  protected readonly store = inject(JourneyRiskAssessmentsStore);
  protected readonly today = londonToday();
  protected readonly maxNotes = MAX_NOTES;
  protected readonly questionId = questionFieldId;
  protected readonly form = new FormGroup({
    checklistKey: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    assessedOn: new FormControl(londonToday(), { nonNullable: true, validators: [Validators.required, notInFuture] }),
    answers: new FormRecord<FormControl<string | null>>({}),
    notes: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(MAX_NOTES)] }),
  });
  private readonly chosenKey = toSignal(this.form.controls.checklistKey.valueChanges.pipe(startWith(this.form.controls.checklistKey.value)), { requireSync: true });
  protected readonly checklist = computed<CurrentChecklist | null>(() => this.store.currentChecklists().find((c) => c.checklistKey === this.chosenKey()) ?? null);
  protected readonly checklistLabels = computed(() =>
    Object.fromEntries(this.store.currentChecklists().map((c) => [c.checklistKey, `${c.name} (version ${c.version})`])),
  );
  protected readonly flow = new FormFlow(this.form, () => this.fields(), { unsavedChanges: true });

  constructor() {
    void this.store.loadChecklists();
    // The first checklist is chosen for her advocate; choosing another asks its own questions.
    effect(() => {
      const first = this.store.currentChecklists()[0];
      untracked(() => {
        if (first && !this.form.controls.checklistKey.value) this.form.controls.checklistKey.setValue(first.checklistKey);
      });
    });
    effect(() => {
      const checklist = this.checklist();
      untracked(() => this.askQuestions(checklist));
    });
  }

  private fields(): FieldDescriptions {
    const fields: FieldDescriptions = {
      checklistKey: { id: 'risk-checklist', label: 'Checklist', messages: { required: 'Choose the checklist' } },
      assessedOn: {
        id: 'risk-assessed-on',
        label: 'Date done with her',
        messages: { required: 'Enter the date it was done with her', future: 'The date cannot be in the future' },
      },
    };
    for (const q of this.checklist()?.questions ?? []) {
      fields[`answers.${q.key}`] = { id: questionFieldId(q), label: q.text, messages: { required: `${NOT_ANSWERED}: ${q.text}` } };
    }
    fields['notes'] = { id: 'risk-notes', label: 'Notes', messages: { maxlength: 'Make the notes 4,000 characters or fewer' } };
    return fields;
  }

  private askQuestions(checklist: CurrentChecklist | null): void {
    const answers = this.form.controls.answers;
    for (const key of Object.keys(answers.controls)) answers.removeControl(key, { emitEvent: false });
    for (const q of checklist?.questions ?? []) {
      answers.addControl(q.key, new FormControl<string | null>(null, q.required ? [Validators.required] : []), { emitEvent: false });
    }
    answers.updateValueAndValidity();
    this.flow.clear();
  }

  /** The words beside a question: unanswered ("Choose her answer"), or what the API said about it. */
  protected questionError(key: string): string | null {
    this.flow.errors();
    const control = this.form.controls.answers.get(key);
    if (!control?.touched || !control.errors) return null;
    return typeof control.errors['server'] === 'string' ? control.errors['server'] : NOT_ANSWERED;
  }

  /** The API names each unanswered required question by its key: put each on its question and in the summary. */
  private answersProblem(problem: ApiProblem): ApiProblem | null {
    const found = answerProblems(problem.messages);
    const questions = this.checklist()?.questions ?? [];
    const items = [];
    for (const q of questions) {
      const message = found.unanswered.includes(q.key) ? NOT_ANSWERED : found.byQuestion[q.key];
      if (!message) continue;
      const control = this.form.controls.answers.get(q.key);
      control?.setErrors({ server: message });
      control?.markAsTouched();
      items.push({ fieldId: questionFieldId(q), message: `${message}: ${q.text}` });
    }
    if (!items.length) return problem;
    const rest = found.general.filter((m) => !m.startsWith('answers'));
    this.flow.errors.set([...rest.map((message) => ({ message })), ...items]);
    return null;
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const answers = Object.fromEntries(Object.entries(v.answers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      const request: CreateRiskAssessmentRequest = { checklistKey: v.checklistKey, assessedOn: v.assessedOn, answers, notes: v.notes.trim() || null };
      return {
        body: request,
        write: (key) => this.store.create(request, key),
        problem: (problem) => this.answersProblem(problem),
        saved: (assessment) => {
          this.form.markAsPristine();
          this.saved.emit(assessment);
        },
      };
    });
  }
}
