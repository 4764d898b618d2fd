import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { type FieldDescriptions, FormFlow, SessionStore } from '@beside/web/core';
import { SignInStore, SignOut, twoStepCodeControl, twoStepCodeDigits, twoStepCodeField } from '@beside/web/identity/data-access';
import type { MfaEnrolmentView } from '@beside/shared/contracts';
import { ErrorSummary, Notice, PageHeader, TwoStepCodeField } from '@beside/web/ui';
import { SaveRecoveryCodes } from './save-recovery-codes';

const FIELDS: FieldDescriptions<'code'> = { code: twoStepCodeField('set-up-code') };

@Component({
  selector: 'bs-two-factor-set-up-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, Notice, PageHeader, SaveRecoveryCodes, TwoStepCodeField],
  templateUrl: './two-factor-set-up-page.html',
  styleUrl: './two-factor-set-up-page.scss',
})
export class TwoFactorSetUpPage {
  private readonly signIn = inject(SignInStore);
  protected readonly session = inject(SessionStore);
  protected readonly signOut = inject(SignOut);

  protected readonly enrolment = signal<MfaEnrolmentView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly required = computed(() => this.session.stage() === 'mfa_enrolment');
  // Grouped in fours, as most authenticator apps show it, so it is easier to type.
  protected readonly secretGroups = computed(() => this.enrolment()?.secret.match(/.{1,4}/g)?.join(' ') ?? '');
  protected readonly form = new FormGroup({ code: twoStepCodeControl() });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'code' });

  constructor() {
    void this.start();
  }

  protected async start(): Promise<void> {
    this.loadError.set(null);
    const result = await this.signIn.startMfaEnrolment();
    if (result.ok) this.enrolment.set(result.value);
    else this.loadError.set(result.problem.messages.join(' '));
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const code = twoStepCodeDigits(this.form.getRawValue().code);
      return { body: null, write: () => this.signIn.confirmMfaEnrolment(code), saved: ({ recoveryCodes }) => this.recoveryCodes.set(recoveryCodes) };
    });
  }
}
