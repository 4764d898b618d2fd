import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { InviteOrganisationAdminRequest } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MemberOrganisationsStore } from '@beside/web/network/data-access';
import { ErrorSummary, FormField, Notice, StatusTag } from '@beside/web/ui';
import { ADMIN_STATUS_WORDS } from './organisation-words';

const FIELDS: FieldDescriptions<'name' | 'email'> = {
  name: { id: 'invite-admin-name', label: 'Their name', messages: { required: 'Enter their name', pattern: 'Enter their name' } },
  email: {
    id: 'invite-admin-email',
    label: 'Their email address',
    messages: { required: 'Enter their email address', email: 'Enter an email address like name@example.org' },
  },
};

/** The organisation's admins (names, email addresses, whether they have accepted) and inviting another. */
@Component({
  selector: 'bs-admins-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, Notice, StatusTag, FormField],
  template: `
    @if (store.current(); as o) {
      <section class="bs-section" aria-labelledby="admins-heading">
        <h2 id="admins-heading">Admins</h2>
        @if (o.admins.length) {
          <ul class="bs-admins">
            @for (a of o.admins; track a.accountId) {
              <li>
                <span class="bs-admins__name">{{ a.name }}</span>
                <span class="bs-email">{{ a.email }}</span>
                <bs-status-tag [status]="a.status" [scheme]="adminStatus" />
                @if (a.status === 'invited') {
                  <span class="bs-secondary-text">has not set a password yet</span>
                }
              </li>
            }
          </ul>
        } @else {
          <p>No admins yet.</p>
        }

        @if (o.status === 'suspended') {
          <p>Reinstate the organisation before inviting another admin.</p>
        } @else {
          <h3 id="invite-admin-heading">Invite another admin</h3>
          <p>If the invitation did not arrive, or the organisation wants a second admin. They get a link to set a password.</p>
          @if (sent(); as s) {
            <bs-notice kind="success">{{ s }}</bs-notice>
          }
          <bs-error-summary [errors]="flow.errors()" />
          <form class="bs-invite-admin" [formGroup]="form" (ngSubmit)="invite(formDirective)" #formDirective="ngForm" aria-labelledby="invite-admin-heading" novalidate>
            <bs-form-field name="name" [flow]="flow" label="Their name" [maxlength]="200" autocomplete="off" />
            <bs-form-field name="email" [flow]="flow" label="Their email address" type="email" [maxlength]="320" autocomplete="off" />
            <div class="bs-actions">
              <button mat-stroked-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Sending…' : 'Send invitation' }}</button>
            </div>
          </form>
        }
      </section>
    }
  `,
  styles: `
    .bs-admins {
      list-style: none;
      padding: 0;
      margin: 0 0 1.5rem;
    }
    .bs-admins li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-admins__name {
      font-weight: 600;
    }
    .bs-email {
      overflow-wrap: anywhere;
    }
    .bs-invite-admin {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
      max-width: 32rem;
    }
  `,
})
export class AdminsSection {
  protected readonly store = inject(MemberOrganisationsStore);
  protected readonly adminStatus = ADMIN_STATUS_WORDS;
  protected readonly sent = signal<string | null>(null);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  protected async invite(formDirective: FormGroupDirective): Promise<void> {
    if (this.flow.pending()) return;
    this.sent.set(null);
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const request: InviteOrganisationAdminRequest = { name: v.name.trim(), email: v.email.trim() };
      return {
        body: request,
        write: (key) => this.store.inviteAdmin(request, key),
        saved: (admin) => {
          formDirective.resetForm({ name: '', email: '' });
          this.sent.set(`An invitation was sent to ${admin.name} at ${admin.email}.`);
        },
      };
    });
  }
}
