import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { type FieldDescriptions, FormFlow, ReturnPath, SessionStore } from '@beside/web/core';
import { SignInStore, SignOut, twoStepCodeControl, twoStepCodeDigits, twoStepCodeField } from '@beside/web/identity/data-access';
import { ErrorSummary, FormField, PageHeader, TwoStepCodeField } from '@beside/web/ui';

type Field = 'code' | 'recoveryCode';

const FIELDS: FieldDescriptions<Field> = {
  code: twoStepCodeField('two-factor-code'),
  recoveryCode: {
    id: 'two-factor-recovery-code',
    label: 'Recovery code',
    messages: { required: 'Enter one of your recovery codes' },
  },
};

@Component({
  selector: 'bs-two-factor-challenge-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, PageHeader, TwoStepCodeField, FormField],
  templateUrl: './two-factor-challenge-page.html',
})
export class TwoFactorChallengePage {
  private readonly signIn = inject(SignInStore);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly returnPath = inject(ReturnPath);
  protected readonly signOut = inject(SignOut);

  protected readonly useRecoveryCode = signal(false);
  protected readonly form = new FormGroup({
    code: twoStepCodeControl(),
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
      const answer = this.useRecoveryCode() ? { recoveryCode: recoveryCode.trim() } : { code: twoStepCodeDigits(code) };
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
