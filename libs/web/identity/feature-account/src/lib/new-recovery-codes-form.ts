import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { AccountStore, twoStepCodeControl, twoStepCodeDigits, twoStepCodeField } from '@beside/web/identity/data-access';
import { ErrorSummary, RecoveryCodes, TwoStepCodeField } from '@beside/web/ui';
import { from } from 'rxjs';

const FIELDS: FieldDescriptions<'code'> = { code: twoStepCodeField('recovery-codes-code') };

@Component({
  selector: 'bs-new-recovery-codes-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, RecoveryCodes, TwoStepCodeField],
  template: `
    <h3>Recovery codes</h3>
    @if (codes(); as list) {
      <p>These are your new recovery codes. Your old codes no longer work. Save these somewhere safe: you will not see them again.</p>
      <bs-recovery-codes [codes]="list" />
    } @else {
      <p>If you have used or lost your recovery codes, get a new set. Your old codes will stop working.</p>
      <bs-error-summary [errors]="flow.errors()" />
      <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <bs-two-step-code-field [flow]="flow" hint="From your authenticator app" />
        <div class="bs-actions">
          <button mat-stroked-button type="submit">{{ flow.pending() ? 'Getting codes…' : 'Get new recovery codes' }}</button>
        </div>
      </form>
    }
  `,
})
export class NewRecoveryCodesForm {
  private readonly store = inject(AccountStore);
  protected readonly codes = signal<string[] | null>(null);
  protected readonly form = new FormGroup({ code: twoStepCodeControl() });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'code' });

  protected async submit(): Promise<void> {
    await this.flow.submit(() => ({
      body: null,
      write: () => from(this.store.newRecoveryCodes(twoStepCodeDigits(this.form.getRawValue().code))),
      saved: (codes) => this.codes.set(codes),
    }));
  }
}
