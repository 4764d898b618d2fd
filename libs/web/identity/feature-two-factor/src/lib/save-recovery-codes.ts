import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { Router } from '@angular/router';
import { ReturnPath, SessionStore } from '@beside/web/core';
import { ErrorSummary, PageHeader, RecoveryCodes, type ErrorSummaryItem } from '@beside/web/ui';

const SAVED_ID = 'recovery-codes-saved';

/** The last step of set-up: the recovery codes, shown once, and a promise to have kept them. */
@Component({
  selector: 'bs-save-recovery-codes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, ErrorSummary, PageHeader, RecoveryCodes],
  template: `
    <bs-page-header heading="Save your recovery codes">
      <p>Two-step sign-in is now on.</p>
      <p>
        If you lose your phone, you can sign in with one of these codes instead. Each code works once. Keep them
        somewhere safe and private: print them or save them in a password manager. You will not see them again.
      </p>
    </bs-page-header>
    <bs-error-summary [errors]="errors()" />
    <bs-recovery-codes [codes]="codes()" />
    <form class="bs-form" (submit)="$event.preventDefault(); continue()" novalidate>
      <div class="bs-checkbox" [class.bs-checkbox--error]="errors().length">
        @if (errors().length) {
          <p class="bs-inline-error" id="recovery-codes-saved-error">{{ errors()[0].message }}</p>
        }
        <mat-checkbox [id]="savedId" [formControl]="saved" aria-describedby="recovery-codes-saved-error">
          I have saved my recovery codes
        </mat-checkbox>
      </div>
      <div class="bs-actions">
        <button mat-flat-button type="submit">Continue</button>
      </div>
    </form>
  `,
})
export class SaveRecoveryCodes {
  readonly codes = input.required<string[]>();
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly returnPath = inject(ReturnPath);
  protected readonly savedId = SAVED_ID;
  protected readonly saved = new FormControl(false, { nonNullable: true });
  protected readonly errors = signal<ErrorSummaryItem[]>([]);

  protected async continue(): Promise<void> {
    if (!this.saved.value) {
      this.errors.set([{ fieldId: `${SAVED_ID}-input`, message: 'Confirm that you have saved your recovery codes' }]);
      return;
    }
    // The session is now 'full'; read it again before going on.
    const view = await this.session.load();
    await this.router.navigateByUrl(this.returnPath.destination(view));
  }
}
