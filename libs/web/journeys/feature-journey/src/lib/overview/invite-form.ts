import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { JourneyStore } from '@beside/web/journeys/data-access';
import { ErrorSummary, FormField, LondonPipe, Notice } from '@beside/web/ui';

type Field = 'email' | 'displayName';
const FIELDS: FieldDescriptions<Field> = {
  email: {
    id: 'invite-email',
    label: 'Her email address',
    messages: { required: 'Enter her email address', email: 'Enter an email address like name@example.com', maxlength: 'Email address is too long' },
  },
  displayName: {
    id: 'invite-display-name',
    label: 'The name staff will see',
    messages: { required: 'Enter the name staff will see', maxlength: 'The name must be 200 characters or fewer' },
  },
};

/** Invites her to use Beside with her own account, so that she can see and shape her journey. */
@Component({
  selector: 'bs-invite-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, Notice, LondonPipe, FormField],
  template: `
    <section class="bs-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite her to use Beside</h2>
      @if (store.invitation(); as sent) {
        @if (sent.notSentBecause) {
          <bs-notice kind="warning">
            The invitation was not sent: {{ sent.notSentBecause }} Update her safe contact, then send it again.
          </bs-notice>
        } @else {
          <bs-notice kind="success">
            Invitation sent to {{ sent.email }}; the link works until {{ sent.expiresAt! | london: 'dateTime' }}.
          </bs-notice>
        }
      } @else {
        <p>With her own account she can see her plan and shared notes, record how she feels and raise concerns. Check with her that this email address is safe to use.</p>
        <bs-error-summary [errors]="flow.errors()" />
        <form class="bs-form" [formGroup]="form" (ngSubmit)="send()" novalidate>
          <bs-form-field name="email" [flow]="flow" label="Her email address" type="email" autocomplete="off" hint="The invitation link goes here" />
          <bs-form-field name="displayName" [flow]="flow" label="The name staff will see" autocomplete="off" />
          <button mat-stroked-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Sending…' : 'Send invitation' }}</button>
        </form>
      }
    </section>
  `,
})
export class InviteForm implements OnInit {
  protected readonly store = inject(JourneyStore);
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(320)] }),
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  ngOnInit(): void {
    const profile = this.store.profile();
    this.form.controls.displayName.setValue(profile?.preferredName || profile?.name || '');
  }

  protected async send(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const invitation = { email: v.email.trim(), displayName: v.displayName.trim() };
      return { body: invitation, write: (key) => this.store.invite(invitation, key) };
    });
  }
}
