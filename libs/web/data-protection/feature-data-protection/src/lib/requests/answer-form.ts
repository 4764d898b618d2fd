import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { londonToday } from '@beside/shared/util';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { DataRequestStore } from '@beside/web/data-protection/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { refusalTo } from '../shared/refusal';

type Field = 'answeredOn' | 'answer';

const FIELDS: FieldDescriptions<Field> = {
  answeredOn: { id: 'answer-on', label: 'Sent on', messages: { required: 'Enter the day the answer was sent', max: 'The day cannot be in the future', min: 'The day cannot be before the request was received' } },
  answer: { id: 'answer-text', label: 'The answer', messages: { required: 'Write the answer sent to her', maxlength: 'Make the answer 8,000 characters or fewer' } },
};

/** The answer sent to her and the day it was sent: the clock stops, and she reads it in her portal. */
@Component({
  selector: 'bs-answer-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="send-answer-heading">
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Sent on</mat-label>
        <input matInput type="date" [id]="fields.answeredOn.id" formControlName="answeredOn" [max]="today" [min]="receivedOn()" />
        <mat-error>{{ flow.message('answeredOn') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>The answer</mat-label>
        <textarea matInput [id]="fields.answer.id" formControlName="answer" rows="6"></textarea>
        <mat-hint>In plain words, as she received it: she reads it in her portal</mat-hint>
        <mat-error>{{ flow.message('answer') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Record the answer</button>
      </div>
    </form>
  `,
  styles: `
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class AnswerForm {
  readonly done = output<void>();
  readonly refused = output<string>();
  private readonly store = inject(DataRequestStore);
  protected readonly fields = FIELDS;
  protected readonly today = londonToday();
  protected readonly receivedOn = computed(() => this.store.request()?.receivedOn ?? '');
  protected readonly form = new FormGroup({
    answeredOn: new FormControl(londonToday(), {
      nonNullable: true,
      validators: [Validators.required, (c) => (c.value > londonToday() ? { max: true } : c.value && c.value < this.receivedOn() ? { min: true } : null)],
    }),
    answer: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(8000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected async submit(): Promise<void> {
    if (!this.form.controls.answer.value.trim()) this.form.controls.answer.setValue('');
    await this.flow.submit(() => {
      const body = { answeredOn: this.form.controls.answeredOn.value, answer: this.form.controls.answer.value.trim() };
      return {
        body,
        write: (key) => this.store.answer(body, key),
        saved: () => {
          this.form.markAsPristine();
          this.done.emit();
        },
        problem: refusalTo(this.refused),
      };
    });
  }
}
