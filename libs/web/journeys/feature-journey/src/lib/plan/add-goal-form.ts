import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { GoalCategory } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { PlanStore } from '@beside/web/journeys/data-access';
import { GOAL_CATEGORY_LABELS } from '@beside/web/journeys/ui';
import { CharCount, ErrorSummary, FormField } from '@beside/web/ui';

type Field = 'words' | 'category' | 'targetDate';
const FIELDS: FieldDescriptions<Field> = {
  words: { id: 'goal-words', label: 'Her goal', messages: { required: 'Write her goal, in her words' } },
  category: { id: 'goal-category', label: 'Category', messages: { required: 'Choose a category' } },
  targetDate: { id: 'goal-target-date', label: 'Target date', messages: {} },
};

@Component({
  selector: 'bs-add-goal-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount, FormField],
  template: `
    <section aria-labelledby="add-goal-heading" class="bs-section">
      <h3 id="add-goal-heading">Add a goal</h3>
      <bs-error-summary [errors]="flow.errors()" />
      <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field class="bs-field">
          <mat-label>Her goal, in her words</mat-label>
          <textarea matInput [id]="fields.words.id" formControlName="words" rows="2"></textarea>
          <mat-hint><bs-char-count [value]="form.controls.words.value" [max]="maxWords" /></mat-hint>
          <mat-error>{{ flow.message('words') }}</mat-error>
        </mat-form-field>
        <div class="bs-row">
          <bs-form-field name="category" [flow]="flow" fieldClass="bs-field bs-field--short" label="Category" [labels]="labels" />
          <mat-form-field class="bs-field bs-field--short">
            <mat-label>Target date (optional)</mat-label>
            <input matInput type="date" [id]="fields.targetDate.id" formControlName="targetDate" />
            <mat-error>{{ flow.message('targetDate') }}</mat-error>
          </mat-form-field>
        </div>
        <button mat-stroked-button type="submit" [disabled]="flow.pending()">Add goal</button>
      </form>
    </section>
  `,
  styles: `
    .bs-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
  `,
})
export class AddGoalForm {
  private readonly store = inject(PlanStore);
  protected readonly fields = FIELDS;
  protected readonly labels = GOAL_CATEGORY_LABELS;
  protected readonly maxWords = 2000;
  // Resetting through the directive also clears "submitted", so the empty form shows no errors.
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    words: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(this.maxWords)] }),
    category: new FormControl<GoalCategory | ''>('', { nonNullable: true, validators: [Validators.required] }),
    targetDate: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const goal = { words: v.words.trim(), category: v.category as GoalCategory, targetDate: v.targetDate || null };
      return { body: goal, write: (key) => this.store.addGoal(goal, key), saved: () => this.formDir()?.resetForm() };
    });
  }
}
