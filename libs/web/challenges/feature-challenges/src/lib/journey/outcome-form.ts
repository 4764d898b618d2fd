import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { CHALLENGE_OUTCOMES, SUPPORT_LEVELS, type ChallengeOutcome, type ChallengeView, type SupportLevel } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { JourneyChallengesStore } from '@beside/web/challenges/data-access';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { SUPPORT_LEVEL_LABELS } from '@beside/web/journeys/ui';
import { ErrorSummary } from '@beside/web/ui';
import { challengeSend } from './challenge-change';
import { OUTCOME_LABELS } from './challenge-words';

type Field = 'outcome' | 'on' | 'note' | 'supportLevel';

const FIELDS: FieldDescriptions<Field> = {
  outcome: { id: 'outcome-choice', label: 'Outcome', messages: { required: 'Choose the outcome' } },
  on: { id: 'outcome-on', label: 'Date', messages: { required: 'Enter the date it ended', future: 'The date cannot be in the future' } },
  note: { id: 'outcome-note', label: 'Note', messages: { maxlength: 'Make the note 2,000 characters or fewer' } },
  supportLevel: { id: 'outcome-support', label: 'Who spoke at the last stage', messages: {} },
};

function notInFuture(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value > londonToday() ? { future: true } : null;
}

/** The end of a challenge: its outcome, the day, a note, and who spoke at the last stage. */
@Component({
  selector: 'bs-outcome-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="outcome-heading">
      <p>Recording the outcome ends the challenge: its stages can no longer change.</p>
      <fieldset class="bs-fieldset" [id]="fields.outcome.id" tabindex="-1" [class.bs-checkbox--error]="form.controls.outcome.invalid && form.controls.outcome.touched">
        <legend>Outcome</legend>
        @if (form.controls.outcome.invalid && form.controls.outcome.touched) {
          <p class="bs-inline-error">{{ flow.message('outcome') }}</p>
        }
        <mat-radio-group formControlName="outcome" class="bs-radios" aria-label="Outcome">
          @for (o of outcomes; track o) {
            <mat-radio-button [value]="o">{{ outcomeLabels[o] }}</mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Date</mat-label>
        <input matInput type="date" [id]="fields.on.id" formControlName="on" [max]="today" />
        <mat-error>{{ flow.message('on') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Note (optional)</mat-label>
        <textarea matInput [id]="fields.note.id" formControlName="note" rows="3"></textarea>
        <mat-hint>What was decided, and what happens next</mat-hint>
        <mat-error>{{ flow.message('note') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field">
        <mat-label>Who spoke at the last stage</mat-label>
        <mat-select [id]="fields.supportLevel.id" formControlName="supportLevel">
          <mat-option value="">Not recorded</mat-option>
          @for (level of levels; track level) {
            <mat-option [value]="level">{{ levelLabels[level] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Record the outcome</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .bs-fieldset { border: 0; padding: 0; margin: 0 0 1rem; }
    legend { font-weight: 600; padding: 0; }
    .bs-radios { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .bs-field--wide { max-width: 44rem; }
    /* One field under another, as the form reads (Material's own style would set them side by side). */
    mat-form-field.bs-field { display: flex; }
  `,
})
export class OutcomeForm {
  readonly challenge = input.required<ChallengeView>();
  readonly done = output<void>();
  readonly cancelled = output<void>();
  readonly reloaded = output<string>();
  private readonly store = inject(JourneyChallengesStore);
  protected readonly fields = FIELDS;
  protected readonly outcomes = CHALLENGE_OUTCOMES;
  protected readonly outcomeLabels = OUTCOME_LABELS;
  protected readonly levels = SUPPORT_LEVELS;
  protected readonly levelLabels = SUPPORT_LEVEL_LABELS;
  protected readonly today = londonToday();
  protected readonly form = new FormGroup({
    outcome: new FormControl<ChallengeOutcome | ''>('', { nonNullable: true, validators: [Validators.required] }),
    on: new FormControl(londonToday(), { nonNullable: true, validators: [Validators.required, notInFuture] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    supportLevel: new FormControl<SupportLevel | ''>('', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const outcome = {
        outcome: v.outcome as ChallengeOutcome,
        on: v.on,
        note: v.note.trim() || null,
        ...(v.supportLevel ? { supportLevel: v.supportLevel } : {}),
      };
      return challengeSend(
        outcome,
        (key) => this.store.close(this.challenge(), outcome, key),
        () => {
          this.form.markAsPristine();
          this.done.emit();
        },
        (message) => {
          this.form.markAsPristine();
          this.reloaded.emit(message);
        },
      );
    });
  }
}
