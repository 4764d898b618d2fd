import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AcceptReferralRequest, ReferralView } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow, SessionStore } from '@beside/web/core';
import { ReferralInboxStore } from '@beside/web/referrals/data-access';
import { CharCount, ConflictNotice, ErrorSummary, FormField, NamesByIdPipe } from '@beside/web/ui';

type AcceptField = 'primaryAdvocateId' | 'name';

const ACCEPT_FIELDS: FieldDescriptions<AcceptField> = {
  primaryAdvocateId: { id: 'accept-advocate', label: 'Her advocate here', messages: { required: 'Choose the advocate who will support her here' } },
  name: { id: 'accept-name', label: 'Her name', messages: { required: 'Enter the name she gave you', maxlength: 'Make the name shorter' } },
};
const DECLINE_FIELDS: FieldDescriptions<'reason'> = {
  reason: {
    id: 'decline-reason',
    label: 'Why you cannot take the referral',
    messages: { required: 'Say why you cannot take the referral', maxlength: 'Make the reason 2,000 characters or fewer' },
  },
};

/** Accept (a journey starts here, her advocate chosen now or the one accepting) or decline with a reason. */
@Component({
  selector: 'bs-answer-referral-forms',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, ConflictNotice, CharCount, FormField, NamesByIdPipe],
  template: `
    @if (acceptFlow.conflict() || declineFlow.conflict(); as c) {
      <bs-conflict-notice [message]="c" (dismiss)="acceptFlow.conflict.set(null); declineFlow.conflict.set(null)" />
    }
    <section class="bs-section" aria-labelledby="accept-heading">
      <h2 id="accept-heading">Accept</h2>
      <p>A new journey starts here with what she agreed to share. The journey she had at {{ referral().fromOrganisation }} stays there.</p>
      <bs-error-summary [errors]="acceptFlow.errors()" />
      <form class="bs-form" [formGroup]="acceptForm" (ngSubmit)="accept()" novalidate aria-labelledby="accept-heading">
        @if (allocates) {
          <bs-form-field name="primaryAdvocateId" [flow]="acceptFlow" label="Her advocate here" [labels]="store.advocates() | namesById" hint="Her advocates can be changed later on her journey." />
        } @else {
          <p>You will be her advocate here. A manager can allocate her to someone else later.</p>
        }
        @if (needsName()) {
          <mat-form-field class="bs-field">
            <mat-label>Her name</mat-label>
            <input matInput [id]="acceptFields.name.id" formControlName="name" autocomplete="off" />
            <mat-hint>She did not agree to share her profile: give the name she gave you, to start her record.</mat-hint>
            <mat-error>{{ acceptFlow.message('name') }}</mat-error>
          </mat-form-field>
        }
        <div class="bs-actions">
          <button mat-flat-button type="submit" [disabled]="acceptFlow.pending() || declineFlow.pending()">Accept the referral</button>
        </div>
      </form>
    </section>
    <section class="bs-section" aria-labelledby="decline-heading">
      <h2 id="decline-heading">Decline</h2>
      @if (declining()) {
        <bs-error-summary [errors]="declineFlow.errors()" />
        <form class="bs-form" [formGroup]="declineForm" (ngSubmit)="decline()" novalidate aria-labelledby="decline-heading">
          <mat-form-field class="bs-field">
            <mat-label>Why you cannot take the referral</mat-label>
            <textarea matInput [id]="declineFields.reason.id" formControlName="reason" rows="4"></textarea>
            <mat-hint>{{ referral().fromOrganisation }} sees this. <bs-char-count [value]="declineForm.controls.reason.value" [max]="2000" /></mat-hint>
            <mat-error>{{ declineFlow.message('reason') }}</mat-error>
          </mat-form-field>
          <div class="bs-actions">
            <button mat-stroked-button type="submit" [disabled]="acceptFlow.pending() || declineFlow.pending()">Decline the referral</button>
            <button mat-button type="button" (click)="declining.set(false)">Cancel</button>
          </div>
        </form>
      } @else {
        <p>If you cannot offer what she was referred for, say why: {{ referral().fromOrganisation }} sees your reason.</p>
        <div class="bs-actions">
          <button mat-stroked-button type="button" (click)="declining.set(true)">Decline the referral</button>
        </div>
      }
    </section>
  `,
})
export class AnswerReferralForms {
  readonly accepted = output<ReferralView>();
  readonly declined = output<ReferralView>();
  protected readonly store = inject(ReferralInboxStore);
  protected readonly session = inject(SessionStore);
  protected readonly referral = () => this.store.referral() as ReferralView;
  protected readonly declining = signal(false);
  protected readonly acceptFields = ACCEPT_FIELDS;
  protected readonly declineFields = DECLINE_FIELDS;
  /** A manager names her advocate; an advocate takes her onto her own caseload. */
  protected readonly allocates = this.session.can('journey:allocate');
  protected readonly needsName = () => !this.referral().consent.parts.includes('profile');
  protected readonly acceptForm = new FormGroup({
    primaryAdvocateId: new FormControl('', { nonNullable: true, validators: this.allocates ? [Validators.required] : [] }),
    name: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
  });
  protected readonly declineForm = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
  });
  protected readonly acceptFlow = new FormFlow(this.acceptForm, ACCEPT_FIELDS);
  protected readonly declineFlow = new FormFlow(this.declineForm, DECLINE_FIELDS, { unsavedChanges: true });

  constructor() {
    if (this.needsName()) this.acceptForm.controls.name.addValidators(Validators.required);
    if (this.allocates) void this.store.loadAdvocates();
  }

  protected async accept(): Promise<void> {
    if (this.declineFlow.pending()) return;
    await this.acceptFlow.submit(() => {
      const v = this.acceptForm.getRawValue();
      const request: AcceptReferralRequest = {
        version: this.referral().version,
        ...(this.allocates && v.primaryAdvocateId ? { primaryAdvocateId: v.primaryAdvocateId } : {}),
        ...(this.needsName() && v.name.trim() ? { name: v.name.trim() } : {}),
      };
      return {
        body: request,
        write: (key) => this.store.accept(request, key),
        conflict: 'notice',
        saved: (referral) => {
          this.declineForm.markAsPristine();
          this.accepted.emit(referral);
        },
      };
    });
  }

  protected async decline(): Promise<void> {
    if (this.acceptFlow.pending()) return;
    await this.declineFlow.submit(() => {
      const request = { version: this.referral().version, reason: this.declineForm.getRawValue().reason.trim() };
      return {
        body: request,
        write: (key) => this.store.decline(request, key),
        conflict: 'notice',
        saved: (referral) => {
          this.declineForm.markAsPristine();
          this.declined.emit(referral);
        },
      };
    });
  }
}
