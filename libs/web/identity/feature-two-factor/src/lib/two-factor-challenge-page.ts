import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import {
  applyApiProblem,
  collectFormErrors,
  fieldErrorMessage,
  homePathFor,
  SessionStore,
  toApiProblem,
  type FieldDescriptions,
} from '@beside/web/core';
import { IdentityApi, SignOut } from '@beside/web/identity/data-access';
import { ErrorSummary, PageHeader, type ErrorSummaryItem } from '@beside/web/ui';
import { firstValueFrom } from 'rxjs';

type Field = 'code' | 'recoveryCode';

const FIELDS: FieldDescriptions<Field> = {
  code: {
    id: 'two-factor-code',
    label: 'Code',
    messages: {
      required: 'Enter the 6-digit code from your authenticator app',
      pattern: 'The code must be 6 digits, like 123456',
    },
  },
  recoveryCode: {
    id: 'two-factor-recovery-code',
    label: 'Recovery code',
    messages: { required: 'Enter one of your recovery codes' },
  },
};

@Component({
  selector: 'bs-two-factor-challenge-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, PageHeader],
  templateUrl: './two-factor-challenge-page.html',
})
export class TwoFactorChallengePage {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly signOut = inject(SignOut);

  protected readonly fields = FIELDS;
  protected readonly useRecoveryCode = signal(false);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly pending = signal(false);
  protected readonly form = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\s*\d{3}\s?\d{3}\s*$/)],
    }),
    recoveryCode: new FormControl({ value: '', disabled: true }, { nonNullable: true, validators: [Validators.required] }),
  });

  protected message(field: Field): string | null {
    return fieldErrorMessage(this.form.controls[field], FIELDS[field]);
  }

  protected toggleRecoveryCode(): void {
    const useRecovery = !this.useRecoveryCode();
    this.useRecoveryCode.set(useRecovery);
    this.errors.set([]);
    const [on, off] = useRecovery ? ['recoveryCode', 'code'] as const : ['code', 'recoveryCode'] as const;
    this.form.controls[off].disable();
    this.form.controls[on].enable();
    this.form.controls[on].reset();
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set(collectFormErrors(this.form, FIELDS));
      return;
    }
    this.pending.set(true);
    const { code, recoveryCode } = this.form.getRawValue();
    const answer = this.useRecoveryCode() ? { recoveryCode: recoveryCode.trim() } : { code: code.replace(/\s/g, '') };
    try {
      const view = await firstValueFrom(this.api.answerMfaChallenge(answer));
      this.session.set(view);
      await this.router.navigateByUrl(homePathFor(view));
    } catch (error) {
      const field = this.useRecoveryCode() ? 'recoveryCode' : 'code';
      this.errors.set(applyApiProblem(this.form, toApiProblem(error), FIELDS, field));
    } finally {
      this.pending.set(false);
    }
  }
}
