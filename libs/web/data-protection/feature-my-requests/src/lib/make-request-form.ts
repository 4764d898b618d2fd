import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { DATA_REQUEST_KINDS, DATA_REQUEST_KIND_WORDS, type DataRequestKind } from '@beside/shared/contracts';
import { MyRequestsStore } from '@beside/web/data-protection/data-access';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { ErrorSummary } from '@beside/web/ui';
import { KIND_EXPLANATIONS } from './her-words';

type Field = 'kind' | 'details';

const FIELDS: FieldDescriptions<Field> = {
  kind: { id: 'request-kind', label: 'What you would like', messages: { required: 'Choose what you would like us to do' } },
  details: {
    id: 'request-details',
    label: 'Your words',
    messages: { required: 'Tell us in your own words what you would like', maxlength: 'Make it 4,000 characters or fewer' },
  },
};

/** Her request about her information: which right, in her words, sent. */
@Component({
  selector: 'bs-make-request-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="make-request-heading">
      <fieldset class="bs-fieldset" [id]="fields.kind.id" tabindex="-1" [attr.aria-describedby]="kindError() ? 'request-kind-error' : null"
        [class.bs-checkbox--error]="kindError()">
        <legend>What would you like us to do?</legend>
        @if (kindError(); as message) {
          <p class="bs-inline-error" id="request-kind-error">{{ message }}</p>
        }
        <mat-radio-group formControlName="kind" class="bs-kinds">
          @for (k of kinds; track k) {
            <mat-radio-button [value]="k" [attr.data-kind]="k">
              <span class="bs-kind">{{ words[k].her }}</span>
              <span class="bs-kind-explanation">{{ explanations[k] }}</span>
            </mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>
      <mat-form-field class="bs-field bs-field--words">
        <mat-label>Your words</mat-label>
        <textarea matInput [id]="fields.details.id" formControlName="details" rows="5"></textarea>
        <mat-hint>What you would like, and anything that helps us find it (for example, which record is wrong).</mat-hint>
        <mat-error>{{ flow.message('details') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Send your request</button>
      </div>
    </form>
  `,
  styles: `
    .bs-fieldset { border: 0; padding: 0; margin: 0 0 1.5rem; min-width: 0; }
    legend { font-weight: 700; padding: 0; margin-bottom: 0.5rem; }
    .bs-kinds { display: flex; flex-direction: column; gap: 0.5rem; }
    .bs-kind { display: block; font-weight: 600; }
    .bs-kind-explanation { display: block; color: var(--bs-text-secondary); font-size: 0.9375rem; }
    .bs-field--words { max-width: 40rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class MakeRequestForm {
  private readonly store = inject(MyRequestsStore);
  protected readonly fields = FIELDS;
  protected readonly kinds = DATA_REQUEST_KINDS;
  protected readonly words = DATA_REQUEST_KIND_WORDS;
  protected readonly explanations = KIND_EXPLANATIONS;
  protected readonly form = new FormGroup({
    kind: new FormControl<DataRequestKind | ''>('', { nonNullable: true, validators: [Validators.required] }),
    details: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected kindError(): string | null {
    this.flow.errors();
    const control = this.form.controls.kind;
    return control.invalid && control.touched ? this.flow.message('kind') : null;
  }

  protected async submit(): Promise<void> {
    if (!this.form.controls.details.value.trim()) this.form.controls.details.setValue('');
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const body = { kind: v.kind as DataRequestKind, details: v.details.trim() };
      return {
        body,
        write: (key) => this.store.ask(body, key),
        saved: () => {
          this.form.reset();
        },
      };
    });
  }
}
