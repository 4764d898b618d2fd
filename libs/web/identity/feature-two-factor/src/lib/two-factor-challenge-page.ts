import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { type FieldDescriptions, FormFlow, ReturnPath, SessionStore } from '@beside/web/core';
import { SignInStore, SignOut } from '@beside/web/identity/data-access';
import { ErrorSummary, PageHeader } from '@beside/web/ui';

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
  private readonly signIn = inject(SignInStore);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly returnPath = inject(ReturnPath);
  protected readonly signOut = inject(SignOut);

  protected readonly fields = FIELDS;
  protected readonly useRecoveryCode = signal(false);
  protected readonly form = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\s*\d{3}\s?\d{3}\s*$/)],
    }),
    recoveryCode: new FormControl({ value: '', disabled: true }, { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: () => (this.useRecoveryCode() ? 'recoveryCode' : 'code') });

  protected toggleRecoveryCode(): void {
    const useRecovery = !this.useRecoveryCode();
    this.useRecoveryCode.set(useRecovery);
    this.flow.errors.set([]);
    const [on, off] = useRecovery ? ['recoveryCode', 'code'] as const : ['code', 'recoveryCode'] as const;
    this.form.controls[off].disable();
    this.form.controls[on].enable();
    this.form.controls[on].reset();
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const { code, recoveryCode } = this.form.getRawValue();
      const answer = this.useRecoveryCode() ? { recoveryCode: recoveryCode.trim() } : { code: code.replace(/\s/g, '') };
      return {
        body: null,
        write: () => this.signIn.answerMfaChallenge(answer),
        saved: async (view) => void (await this.router.navigateByUrl(this.returnPath.destination(view))),
        problem: (problem) => {
          // Too many wrong codes today: only a recovery code is accepted now, so offer it at once.
          if (problem.status === 403 && !this.useRecoveryCode()) this.toggleRecoveryCode();
          return problem;
        },
      };
    });
  }
}
