import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { GOAL_CATEGORIES, type GoalCategory } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MyPlanStore } from '@beside/web/portal/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';
import { GOAL_CATEGORY_WORDS } from '../shared/labels';

type Field = 'words' | 'category' | 'targetDate';

const FIELDS: FieldDescriptions<Field> = {
  words: { id: 'my-goal-words', label: 'Your goal', messages: { required: 'Write your goal in your own words', maxlength: 'Make your goal shorter' } },
  category: { id: 'my-goal-category', label: 'What it is about', messages: { required: 'Choose what it is about' } },
  targetDate: { id: 'my-goal-date', label: 'When you hope to get there', messages: {} },
};

@Component({
  selector: 'bs-add-goal-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="add-goal-heading">
      <mat-form-field class="bs-full">
        <mat-label>Your goal, in your words</mat-label>
        <textarea matInput [id]="fields.words.id" formControlName="words" rows="2"></textarea>
        <mat-hint><bs-char-count [value]="form.controls.words.value" [max]="2000" /></mat-hint>
        <mat-error>{{ flow.message('words') }}</mat-error>
      </mat-form-field>
      <div class="bs-goal-form__row">
        <mat-form-field>
          <mat-label>What it is about</mat-label>
          <select matNativeControl [id]="fields.category.id" formControlName="category">
            @for (c of categories; track c) {
              <option [value]="c">{{ categoryWords[c] }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>By when? (optional)</mat-label>
          <input matInput type="date" [id]="fields.targetDate.id" formControlName="targetDate" />
        </mat-form-field>
      </div>
      <button mat-flat-button type="submit" [disabled]="flow.pending()">Add goal</button>
    </form>
    @if (added()) {
      <p role="status">Your goal is added.</p>
    }
  `,
  styles: `
    .bs-full {
      width: 100%;
      margin-bottom: 0.75rem;
    }
    .bs-goal-form__row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      margin-bottom: 1rem;
    }
    .bs-goal-form__row mat-form-field {
      flex: 1 1 12rem;
    }
  `,
})
export class AddGoalForm {
  private readonly store = inject(MyPlanStore);
  protected readonly fields = FIELDS;
  protected readonly categories = GOAL_CATEGORIES;
  protected readonly categoryWords = GOAL_CATEGORY_WORDS;
  protected readonly added = signal(false);
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    words: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
    category: new FormControl<GoalCategory>('wellbeing', { nonNullable: true, validators: [Validators.required] }),
    targetDate: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: () => this.form.controls.words.value.trim() !== '' });

  protected async submit(): Promise<void> {
    this.added.set(false);
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const body = { words: v.words.trim(), category: v.category, targetDate: v.targetDate || null };
      return {
        body,
        write: (key) => this.store.addGoal(body, key),
        saved: () => {
          this.formDir()?.resetForm({ words: '', category: 'wellbeing', targetDate: '' });
          this.added.set(true);
        },
      };
    });
  }
}
