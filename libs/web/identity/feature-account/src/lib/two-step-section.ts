import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { AccountView } from '@beside/shared/contracts';
import { NewRecoveryCodesForm } from './new-recovery-codes-form';
import { TurnOffTwoStepForm } from './turn-off-two-step-form';

@Component({
  selector: 'bs-two-step-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, NewRecoveryCodesForm, TurnOffTwoStepForm],
  template: `
    <section class="bs-section" aria-labelledby="two-step-heading">
      <h2 id="two-step-heading">Two-step sign-in</h2>
      @if (account().mfaEnabled) {
        <p>Two-step sign-in is on. When you sign in you also enter a code from your authenticator app.</p>
        <bs-new-recovery-codes-form />
        @if (isServiceUser()) {
          <bs-turn-off-two-step-form />
        } @else {
          <p class="bs-secondary-text">Staff accounts must keep two-step sign-in on.</p>
        }
      } @else {
        <p>Two-step sign-in is off. Turning it on makes it much harder for anyone else to get into your account.</p>
        <a mat-stroked-button routerLink="/two-factor/set-up">Set up two-step sign-in</a>
      }
    </section>
  `,
})
export class TwoStepSection {
  readonly account = input.required<AccountView>();
  protected readonly isServiceUser = computed(() => this.account().role === 'service_user');
}
