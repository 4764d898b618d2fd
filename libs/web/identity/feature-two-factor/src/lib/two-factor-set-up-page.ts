import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  applyApiProblem,
  collectFormErrors,
  fieldErrorMessage,
  SessionStore,
  toApiProblem,
  type FieldDescriptions,
} from '@beside/web/core';
import { IdentityApi, SignOut } from '@beside/web/identity/data-access';
import type { MfaEnrolmentView } from '@beside/shared/contracts';
import { ErrorSummary, Notice, PageHeader, type ErrorSummaryItem } from '@beside/web/ui';
import { firstValueFrom } from 'rxjs';
import { SaveRecoveryCodes } from './save-recovery-codes';

const FIELDS: FieldDescriptions<'code'> = {
  code: {
    id: 'set-up-code',
    label: 'Code',
    messages: {
      required: 'Enter the 6-digit code from your authenticator app',
      pattern: 'The code must be 6 digits, like 123456',
    },
  },
};

@Component({
  selector: 'bs-two-factor-set-up-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorSummary,
    Notice,
    PageHeader,
    SaveRecoveryCodes,
  ],
  templateUrl: './two-factor-set-up-page.html',
  styleUrl: './two-factor-set-up-page.scss',
})
export class TwoFactorSetUpPage {
  private readonly api = inject(IdentityApi);
  protected readonly session = inject(SessionStore);
  protected readonly signOut = inject(SignOut);

  protected readonly fields = FIELDS;
  protected readonly enrolment = signal<MfaEnrolmentView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly pending = signal(false);
  protected readonly required = computed(() => this.session.stage() === 'mfa_enrolment');
  // Grouped in fours, as most authenticator apps show it, so it is easier to type.
  protected readonly secretGroups = computed(() => this.enrolment()?.secret.match(/.{1,4}/g)?.join(' ') ?? '');
  protected readonly form = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\s*\d{3}\s?\d{3}\s*$/)],
    }),
  });

  constructor() {
    void this.start();
  }

  protected message(): string | null {
    return fieldErrorMessage(this.form.controls.code, FIELDS.code);
  }

  protected async start(): Promise<void> {
    this.loadError.set(null);
    try {
      this.enrolment.set(await firstValueFrom(this.api.startMfaEnrolment()));
    } catch (error) {
      this.loadError.set(toApiProblem(error).messages.join(' '));
    }
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set(collectFormErrors(this.form, FIELDS));
      return;
    }
    this.pending.set(true);
    try {
      const code = this.form.getRawValue().code.replace(/\s/g, '');
      const { recoveryCodes } = await firstValueFrom(this.api.confirmMfaEnrolment(code));
      this.errors.set([]);
      this.recoveryCodes.set(recoveryCodes);
    } catch (error) {
      this.errors.set(applyApiProblem(this.form, toApiProblem(error), FIELDS, 'code'));
    } finally {
      this.pending.set(false);
    }
  }
}
