import { ChangeDetectionStrategy, Component, inject, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { BreachStore } from '@beside/web/data-protection/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { refusalTo } from '../shared/refusal';

type Field = 'what';

const FIELDS: FieldDescriptions<Field> = {
  what: { id: 'action-what', label: 'Action taken', messages: { required: 'Say what was done', maxlength: 'Make it 2,000 characters or fewer' } },
};

/** An action taken about a breach, recorded as done by you, now. */
@Component({
  selector: 'bs-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="actions-heading">
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Action taken</mat-label>
        <textarea matInput [id]="fields.what.id" formControlName="what" rows="2"></textarea>
        <mat-hint>For example, “Asked the recipient to return the letter unopened”</mat-hint>
        <mat-error>{{ flow.message('what') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-stroked-button type="submit" [disabled]="flow.pending()">Add the action</button>
      </div>
    </form>
  `,
  styles: `
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class ActionForm {
  readonly done = output<void>();
  readonly refused = output<string>();
  private readonly store = inject(BreachStore);
  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({
    what: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);
  // Reset through the directive too, or the empty field would show its error (the form counts as submitted).
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected async submit(): Promise<void> {
    if (!this.form.controls.what.value.trim()) this.form.controls.what.setValue('');
    await this.flow.submit(() => {
      const what = this.form.controls.what.value.trim();
      return {
        body: { what },
        write: (key) => this.store.addAction(what, key),
        saved: () => {
          this.formDirective().resetForm();
          this.done.emit();
        },
        problem: refusalTo(this.refused),
      };
    });
  }
}
