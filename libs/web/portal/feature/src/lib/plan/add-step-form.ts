import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type MyGoal, STEP_OWNERS, type StepOwner } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MyPlanStore } from '@beside/web/portal/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';
import { STEP_OWNER_WORDS } from '../shared/labels';

type Field = 'description' | 'owner';

@Component({
  selector: 'bs-add-step-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-step-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="'Add a step to: ' + goal().words">
      <mat-form-field class="bs-step-form__what">
        <mat-label>A new step</mat-label>
        <input matInput [id]="fields().description.id" formControlName="description" />
        <mat-hint><bs-char-count [value]="form.controls.description.value" [max]="1000" /></mat-hint>
        <mat-error>{{ flow.message('description') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-step-form__who">
        <mat-label>Who does it</mat-label>
        <select matNativeControl [id]="fields().owner.id" formControlName="owner">
          @for (o of owners; track o) {
            <option [value]="o">{{ ownerWords[o] }}</option>
          }
        </select>
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="flow.pending()">Add step</button>
    </form>
    @if (added()) {
      <p role="status" class="bs-secondary-text">Step added.</p>
    }
  `,
  styles: `
    .bs-step-form {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-start;
      margin-top: 0.75rem;
    }
    .bs-step-form__what {
      flex: 1 1 14rem;
      margin-bottom: 0.5rem;
    }
    .bs-step-form__who {
      flex: 1 1 10rem;
    }
    .bs-step-form button {
      margin-top: 0.5rem;
    }
  `,
})
export class AddStepForm {
  readonly goal = input.required<MyGoal>();
  private readonly store = inject(MyPlanStore);
  protected readonly owners = STEP_OWNERS;
  protected readonly ownerWords = STEP_OWNER_WORDS;
  protected readonly added = signal(false);
  protected readonly fields = computed<FieldDescriptions<Field>>(() => {
    const id = this.goal().id;
    return {
      description: { id: `my-step-${id}`, label: 'A new step', messages: { required: 'Write the step', maxlength: 'Make the step shorter' } },
      owner: { id: `my-step-owner-${id}`, label: 'Who does it', messages: { required: 'Choose who does it' } },
    };
  });
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(1000)] }),
    owner: new FormControl<StepOwner>('her', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new FormFlow(this.form, this.fields, { unsavedChanges: () => this.form.controls.description.value.trim() !== '' });

  protected async submit(): Promise<void> {
    this.added.set(false);
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const body = { description: v.description.trim(), owner: v.owner, dueDate: null };
      return {
        body,
        write: (key) => this.store.addStep(this.goal(), body, key),
        saved: () => {
          this.formDir()?.resetForm({ description: '', owner: 'her' });
          this.added.set(true);
        },
      };
    });
  }
}
