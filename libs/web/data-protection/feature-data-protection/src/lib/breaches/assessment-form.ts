import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { BREACH_RISKS, BREACH_RISK_WORDS, type BreachRisk } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { BreachStore } from '@beside/web/data-protection/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { refusalTo } from '../shared/refusal';

type Field = 'risk' | 'riskReasoning';

const FIELDS: FieldDescriptions<Field> = {
  risk: { id: 'assessment-risk', label: 'Risk', messages: { required: 'Choose the risk to people' } },
  riskReasoning: { id: 'assessment-reasoning', label: 'Why', messages: { required: 'Say why you judge the risk so', maxlength: 'Make it 4,000 characters or fewer' } },
};

/** The risk to people, with the reasoning (ICO guidance on breaches): changed as the facts become clearer. */
@Component({
  selector: 'bs-assessment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="assessment-heading">
      <fieldset class="bs-fieldset" [id]="fields.risk.id" tabindex="-1" [class.bs-checkbox--error]="riskError()"
        [attr.aria-describedby]="riskError() ? 'assessment-risk-error' : null">
        <legend>The risk to people</legend>
        @if (riskError(); as message) {
          <p class="bs-inline-error" id="assessment-risk-error">{{ message }}</p>
        }
        <mat-radio-group formControlName="risk" class="bs-column">
          @for (r of risks; track r) {
            <mat-radio-button [value]="r">{{ riskWords[r] }}</mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Why</mat-label>
        <textarea matInput [id]="fields.riskReasoning.id" formControlName="riskReasoning" rows="3"></textarea>
        <mat-hint>What could happen to the women affected, and how likely it is</mat-hint>
        <mat-error>{{ flow.message('riskReasoning') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Save the assessment</button>
      </div>
    </form>
  `,
  styles: `
    .bs-fieldset { border: 0; padding: 0; margin: 0 0 1rem; min-width: 0; }
    legend { font-weight: 700; padding: 0; }
    .bs-column { display: flex; flex-direction: column; }
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class AssessmentForm {
  readonly done = output<void>();
  readonly refused = output<string>();
  private readonly store = inject(BreachStore);
  protected readonly fields = FIELDS;
  protected readonly risks = BREACH_RISKS;
  protected readonly riskWords = BREACH_RISK_WORDS;
  protected readonly form = new FormGroup({
    risk: new FormControl<BreachRisk | ''>(this.store.breach()?.risk ?? '', { nonNullable: true, validators: [Validators.required] }),
    riskReasoning: new FormControl(this.store.breach()?.riskReasoning ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected riskError(): string | null {
    this.flow.errors();
    const control = this.form.controls.risk;
    return control.invalid && control.touched ? this.flow.message('risk') : null;
  }

  protected async submit(): Promise<void> {
    if (!this.form.controls.riskReasoning.value.trim()) this.form.controls.riskReasoning.setValue('');
    await this.flow.submit(() => {
      const body = { risk: this.form.controls.risk.value as BreachRisk, riskReasoning: this.form.controls.riskReasoning.value.trim() };
      return {
        body,
        write: () => this.store.update(body),
        saved: () => {
          this.form.markAsPristine();
          this.done.emit();
        },
        problem: refusalTo(this.refused),
      };
    });
  }
}
