import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { DATA_REQUEST_DECISIONS, DATA_REQUEST_EXEMPTIONS, DATA_REQUEST_EXEMPTION_WORDS, type DataRequestDecision, type DataRequestExemption } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { DataRequestStore } from '@beside/web/data-protection/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { DECISION_WORDS } from '../shared/clock-words';
import { refusalTo } from '../shared/refusal';

type Field = 'decision' | 'reason' | 'exemptions';

const FIELDS: FieldDescriptions<Field> = {
  decision: { id: 'decide-decision', label: 'Decision', messages: { required: 'Choose the decision' } },
  reason: { id: 'decide-reason', label: 'Reason', messages: { required: 'Give the reason for the decision: she is told it with the answer', maxlength: 'Make the reason 4,000 characters or fewer' } },
  exemptions: { id: 'decide-exemptions', label: 'Exemptions', messages: {} },
};

/** The decision on a request, its reason (required, and told to her) and the exemptions considered. */
@Component({
  selector: 'bs-decide-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="decide-heading">
      <fieldset class="bs-fieldset" [id]="fields.decision.id" tabindex="-1" [class.bs-checkbox--error]="decisionError()"
        [attr.aria-describedby]="decisionError() ? 'decide-decision-error' : null">
        <legend>Decision</legend>
        @if (decisionError(); as message) {
          <p class="bs-inline-error" id="decide-decision-error">{{ message }}</p>
        }
        <mat-radio-group formControlName="decision" class="bs-radios">
          @for (d of decisions; track d) {
            <mat-radio-button [value]="d">{{ decisionWords[d] }}</mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Reason</mat-label>
        <textarea matInput [id]="fields.reason.id" formControlName="reason" rows="4"></textarea>
        <mat-hint>Required for every decision. She is told it with the answer.</mat-hint>
        <mat-error>{{ flow.message('reason') }}</mat-error>
      </mat-form-field>
      <fieldset class="bs-fieldset" [id]="fields.exemptions.id" tabindex="-1" [formGroup]="form.controls.exemptions">
        <legend>Exemptions considered (if any)</legend>
        <p class="bs-secondary-text">Tick each one weighed, whether or not it applied; say why in the reason.</p>
        @for (e of exemptions; track e) {
          <mat-checkbox [formControlName]="e" class="bs-block">{{ exemptionWords[e] }}</mat-checkbox>
        }
      </fieldset>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Record the decision</button>
      </div>
    </form>
  `,
  styles: `
    .bs-fieldset { border: 0; padding: 0; margin: 0 0 1rem; min-width: 0; }
    legend { font-weight: 700; padding: 0; }
    .bs-radios { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .bs-block { display: block; }
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class DecideForm {
  readonly done = output<void>();
  readonly refused = output<string>();
  private readonly store = inject(DataRequestStore);
  protected readonly fields = FIELDS;
  protected readonly decisions = DATA_REQUEST_DECISIONS;
  protected readonly decisionWords = DECISION_WORDS;
  protected readonly exemptions = DATA_REQUEST_EXEMPTIONS;
  protected readonly exemptionWords = DATA_REQUEST_EXEMPTION_WORDS;
  protected readonly form = new FormGroup({
    decision: new FormControl<DataRequestDecision | ''>('', { nonNullable: true, validators: [Validators.required] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
    exemptions: new FormGroup(Object.fromEntries(DATA_REQUEST_EXEMPTIONS.map((e) => [e, new FormControl(false, { nonNullable: true })])) as Record<DataRequestExemption, FormControl<boolean>>),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected decisionError(): string | null {
    this.flow.errors();
    const control = this.form.controls.decision;
    return control.invalid && control.touched ? this.flow.message('decision') : null;
  }

  protected async submit(): Promise<void> {
    if (!this.form.controls.reason.value.trim()) this.form.controls.reason.setValue('');
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const exemptions = DATA_REQUEST_EXEMPTIONS.filter((e) => v.exemptions[e]);
      const body = { decision: v.decision as DataRequestDecision, reason: v.reason.trim(), exemptions };
      return {
        body,
        write: (key) => this.store.decide(body, key),
        saved: () => {
          this.form.markAsPristine();
          this.done.emit();
        },
        problem: refusalTo(this.refused),
      };
    });
  }
}
