import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { AccountStore } from '@beside/web/identity/data-access';
import { ErrorSummary, RecoveryCodes } from '@beside/web/ui';
import { from } from 'rxjs';

const FIELDS: FieldDescriptions<'code'> = {
  code: {
    id: 'recovery-codes-code',
    label: 'Code',
    messages: {
      required: 'Enter the 6-digit code from your authenticator app',
      pattern: 'The code must be 6 digits, like 123456',
    },
  },
};

@Component({
  selector: 'bs-new-recovery-codes-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, RecoveryCodes],
  template: `
    <h3>Recovery codes</h3>
    @if (codes(); as list) {
      <p>These are your new recovery codes. Your old codes no longer work. Save these somewhere safe: you will not see them again.</p>
      <bs-recovery-codes [codes]="list" />
    } @else {
      <p>If you have used or lost your recovery codes, get a new set. Your old codes will stop working.</p>
      <bs-error-summary [errors]="flow.errors()" />
      <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field class="bs-field bs-field--short">
          <mat-label>Code</mat-label>
          <input matInput [id]="fields.code.id" formControlName="code" inputmode="numeric" autocomplete="one-time-code" />
          <mat-hint>From your authenticator app</mat-hint>
          <mat-error>{{ flow.message('code') }}</mat-error>
        </mat-form-field>
        <div class="bs-actions">
          <button mat-stroked-button type="submit">{{ flow.pending() ? 'Getting codes…' : 'Get new recovery codes' }}</button>
        </div>
      </form>
    }
  `,
})
export class NewRecoveryCodesForm {
  private readonly store = inject(AccountStore);
  protected readonly fields = FIELDS;
  protected readonly codes = signal<string[] | null>(null);
  protected readonly form = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\s*\d{3}\s?\d{3}\s*$/)],
    }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'code' });

  protected async submit(): Promise<void> {
    await this.flow.submit(() => ({
      body: null,
      write: () => from(this.store.newRecoveryCodes(this.form.getRawValue().code.replace(/\s/g, ''))),
      saved: (codes) => this.codes.set(codes),
    }));
  }
}
