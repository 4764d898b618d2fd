import { ChangeDetectionStrategy, Component, computed, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { GoalView, StepOwner } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { PlanStore } from '@beside/web/journeys/data-access';
import { STEP_OWNER_LABELS } from '@beside/web/journeys/ui';
import { CharCount, ErrorSummary, FormField } from '@beside/web/ui';

type Field = 'description' | 'owner' | 'dueDate';

@Component({
  selector: 'bs-add-step-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount, FormField],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-step-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="'Add a step to: ' + goal().words">
      <mat-form-field class="bs-step-form__what">
        <mat-label>New step</mat-label>
        <input matInput [id]="fields().description.id" formControlName="description" />
        <mat-hint><bs-char-count [value]="form.controls.description.value" [max]="maxDescription" /></mat-hint>
        <mat-error>{{ flow.message('description') }}</mat-error>
      </mat-form-field>
      <bs-form-field name="owner" [flow]="flow" fieldClass="bs-field--short" label="Who does it" [labels]="ownerLabels" />
      <mat-form-field class="bs-field--short">
        <mat-label>Due (optional)</mat-label>
        <input matInput type="date" [id]="fields().dueDate.id" formControlName="dueDate" />
        <mat-error>{{ flow.message('dueDate') }}</mat-error>
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="flow.pending()">Add step</button>
    </form>
  `,
  styles: `
    .bs-step-form {
      display: flex;
      flex-wrap: wrap;
      /* Room between fields when they wrap onto their own lines on a phone. */
      gap: 1rem;
      align-items: flex-start;
    }
    .bs-step-form__what {
      flex: 1 1 16rem;
    }
    .bs-step-form button {
      margin-top: 0.5rem;
    }
  `,
})
export class AddStepForm {
  readonly goal = input.required<GoalView>();
  private readonly store = inject(PlanStore);
  protected readonly ownerLabels = STEP_OWNER_LABELS;
  protected readonly maxDescription = 1000;
  protected readonly fields = computed<FieldDescriptions<Field>>(() => {
    const id = this.goal().id;
    return {
      description: { id: `step-description-${id}`, label: 'Step', messages: { required: 'Describe the step' } },
      owner: { id: `step-owner-${id}`, label: 'Who does it', messages: { required: 'Choose who does it' } },
      dueDate: { id: `step-due-${id}`, label: 'Due date', messages: {} },
    };
  });
  // Resetting through the directive also clears "submitted", so the empty form shows no errors.
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(this.maxDescription)] }),
    owner: new FormControl<StepOwner>('together', { nonNullable: true, validators: [Validators.required] }),
    dueDate: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, this.fields, { unsavedChanges: true });

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const step = { description: v.description.trim(), owner: v.owner, dueDate: v.dueDate || null };
      return { body: step, write: (key) => this.store.addStep(this.goal(), step, key), saved: () => this.formDir()?.resetForm() };
    });
  }
}
