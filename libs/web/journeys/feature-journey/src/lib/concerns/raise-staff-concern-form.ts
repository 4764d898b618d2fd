import { ChangeDetectionStrategy, Component, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ConcernCategory, ConcernDetail, ConcernSeverity } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { JourneyConcernsStore } from '@beside/web/safeguarding/data-access';
import { CONCERN_CATEGORY_LABELS } from '@beside/web/safeguarding/ui';
import { CharCount, ErrorSummary, FormField, NamesByIdPipe } from '@beside/web/ui';

type Field = 'category' | 'severity' | 'description' | 'aboutStaffUserId';

const FIELDS: FieldDescriptions<Field> = {
  category: { id: 'raise-category', label: 'Category', messages: { required: 'Choose the category' } },
  severity: { id: 'raise-severity', label: 'Severity', messages: { required: 'Choose how severe it is' } },
  description: {
    id: 'raise-description',
    label: 'What happened',
    messages: { required: 'Describe the concern', maxlength: 'Make the description shorter' },
  },
  aboutStaffUserId: { id: 'raise-about-staff', label: 'Member of staff', messages: {} },
};

const SEVERITY_HINTS: Record<ConcernSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High: a manager is told at once',
  immediate: 'Immediate: she may be in danger now; a manager is told at once',
};

/** Staff raise a concern on her journey: what, how severe, about whom, and whether she may see it. */
@Component({
  selector: 'bs-raise-staff-concern-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount, FormField, NamesByIdPipe],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="raise-concern-heading">
      <bs-form-field name="category" [flow]="flow" label="Category" [labels]="categoryLabels" />
      <bs-form-field name="severity" [flow]="flow" label="Severity" [labels]="severityHints" />
      <mat-form-field class="bs-field">
        <mat-label>What happened</mat-label>
        <textarea matInput [id]="fields.description.id" formControlName="description" rows="5"></textarea>
        <mat-hint>What you saw or were told, when, and what you have done so far. <bs-char-count [value]="form.controls.description.value" [max]="maxDescription" /></mat-hint>
        <mat-error>{{ flow.message('description') }}</mat-error>
      </mat-form-field>
      <bs-form-field
        name="aboutStaffUserId"
        [fieldId]="fields.aboutStaffUserId.id"
        label="About a member of staff (optional)"
        [labels]="staff() | namesById"
        none="Not about a member of staff"
        hint="They will never see this concern."
      />
      <mat-checkbox formControlName="confidentialFromSubject">Keep this from her: she will not see this concern in her portal</mat-checkbox>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Raise the concern</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    mat-checkbox {
      display: block;
      margin: 0 0 0.5rem;
    }
  `,
})
export class RaiseStaffConcernForm {
  readonly journeyId = input.required<string>();
  readonly raised = output<ConcernDetail>();
  readonly cancelled = output<void>();
  private readonly store = inject(JourneyConcernsStore);
  protected readonly staff = this.store.staff;
  protected readonly fields = FIELDS;
  protected readonly categoryLabels = CONCERN_CATEGORY_LABELS;
  protected readonly severityHints = SEVERITY_HINTS;
  protected readonly maxDescription = 10000;
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    category: new FormControl<ConcernCategory | ''>('', { nonNullable: true, validators: [Validators.required] }),
    severity: new FormControl<ConcernSeverity | ''>('', { nonNullable: true, validators: [Validators.required] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(this.maxDescription)] }),
    aboutStaffUserId: new FormControl('', { nonNullable: true }),
    confidentialFromSubject: new FormControl(false, { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const concern = {
        journeyId: this.journeyId(),
        category: v.category as ConcernCategory,
        severity: v.severity as ConcernSeverity,
        description: v.description.trim(),
        ...(v.aboutStaffUserId ? { aboutStaffUserId: v.aboutStaffUserId } : {}),
        confidentialFromSubject: v.confidentialFromSubject,
      };
      return {
        body: concern,
        write: (key) => this.store.raise(concern, key),
        saved: (value) => {
          this.formDir()?.resetForm({ category: '', severity: '', description: '', aboutStaffUserId: '', confidentialFromSubject: false });
          this.raised.emit(value);
        },
      };
    });
  }
}
