import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { type FieldDescription, FlashNotice, FormFlow, type WriteResult } from '@beside/web/core';
import { ErrorSummary, PasswordField } from '@beside/web/ui';

/**
 * Choosing a password with a link's token (an invitation, a password reset): once it is saved, she is sent to sign in
 * with `signInNotice` above the form. A link that no longer works (404) is `expired`.
 */
@Component({
  selector: 'bs-set-password-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, PasswordField],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <bs-password-field
        [control]="form.controls.password"
        [inputId]="field().id"
        [label]="label()"
        [hint]="hint()"
        [error]="flow.message('password')"
        autocomplete="new-password"
      />
      <div class="bs-actions">
        <button mat-flat-button type="submit">{{ flow.pending() ? 'Saving…' : action() }}</button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class SetPasswordForm {
  /** The password field as the error summary names it. */
  readonly field = input.required<FieldDescription>();
  readonly label = input.required<string>();
  readonly hint = input.required<string>();
  /** The submit button's words. */
  readonly action = input.required<string>();
  /** Saves the password with the link's token. */
  readonly save = input.required<(password: string) => Promise<WriteResult<void>>>();
  readonly signInNotice = input.required<string>();
  readonly expired = output<void>();
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new FormFlow(this.form, () => ({ password: this.field() }), { fallbackField: 'password' });

  protected async submit(): Promise<void> {
    await this.flow.submit(() => ({
      body: null,
      write: () => this.save()(this.form.getRawValue().password),
      saved: async () => {
        this.flash.set(this.signInNotice());
        await this.router.navigateByUrl('/sign-in');
      },
      problem: (problem) => {
        if (problem.status !== 404) return problem;
        this.expired.emit();
        return null;
      },
    }));
  }
}
