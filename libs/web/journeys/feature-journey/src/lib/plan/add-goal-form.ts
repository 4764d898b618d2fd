import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { GOAL_CATEGORIES, type GoalCategory } from '@beside/shared/contracts';
import { applyApiProblem, collectFormErrors, fieldErrorMessage, type FieldDescriptions } from '@beside/web/core';
import { PlanStore } from '@beside/web/journeys/data-access';
import { GOAL_CATEGORY_LABELS } from '@beside/web/journeys/ui';
import { ErrorSummary, type ErrorSummaryItem } from '@beside/web/ui';

type Field = 'words' | 'category' | 'targetDate';
const FIELDS: FieldDescriptions<Field> = {
  words: { id: 'goal-words', label: 'Her goal', messages: { required: 'Write her goal, in her words' } },
  category: { id: 'goal-category', label: 'Category', messages: { required: 'Choose a category' } },
  targetDate: { id: 'goal-target-date', label: 'Target date', messages: {} },
};

@Component({
  selector: 'bs-add-goal-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary],
  template: `
    <section aria-labelledby="add-goal-heading" class="bs-section">
      <h3 id="add-goal-heading">Add a goal</h3>
      <bs-error-summary [errors]="errors()" />
      <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field class="bs-field">
          <mat-label>Her goal, in her words</mat-label>
          <textarea matInput [id]="fields.words.id" formControlName="words" rows="2"></textarea>
          <mat-error>{{ message('words') }}</mat-error>
        </mat-form-field>
        <div class="bs-row">
          <mat-form-field class="bs-field bs-field--short">
            <mat-label>Category</mat-label>
            <mat-select [id]="fields.category.id" formControlName="category">
              @for (c of categories; track c) {
                <mat-option [value]="c">{{ labels[c] }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ message('category') }}</mat-error>
          </mat-form-field>
          <mat-form-field class="bs-field bs-field--short">
            <mat-label>Target date (optional)</mat-label>
            <input matInput type="date" [id]="fields.targetDate.id" formControlName="targetDate" />
            <mat-error>{{ message('targetDate') }}</mat-error>
          </mat-form-field>
        </div>
        <button mat-stroked-button type="submit">Add goal</button>
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
  protected readonly categories = GOAL_CATEGORIES;
  protected readonly labels = GOAL_CATEGORY_LABELS;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  // Resetting through the directive also clears "submitted", so the empty form shows no errors.
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    words: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
    category: new FormControl<GoalCategory | ''>('', { nonNullable: true, validators: [Validators.required] }),
    targetDate: new FormControl('', { nonNullable: true }),
  });

  protected message(field: Field): string | null {
    return fieldErrorMessage(this.form.controls[field], FIELDS[field]);
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set(collectFormErrors(this.form, FIELDS));
      return;
    }
    const v = this.form.getRawValue();
    const result = await this.store.addGoal({ words: v.words.trim(), category: v.category as GoalCategory, targetDate: v.targetDate || null });
    if (result.ok) {
      this.errors.set([]);
      this.formDir()?.resetForm();
    } else {
      this.errors.set(applyApiProblem(this.form, result.problem, FIELDS));
    }
  }
}
