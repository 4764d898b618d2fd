import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { AccountsAdminStore, type StaffInvitation } from '@beside/web/identity/data-access';
import { ErrorSummary, Notice } from '@beside/web/ui';
import { formatLondonDateTime } from '@beside/shared/util';

type Field = 'email' | 'displayName' | 'role';

const FIELDS: FieldDescriptions<Field> = {
  // In the order the fields appear, so the error summary reads top to bottom.
  displayName: { id: 'invite-name', label: 'Name', messages: { required: 'Enter their name' } },
  email: { id: 'invite-email', label: 'Email address', messages: { required: 'Enter their email address', email: 'Enter an email address like name@example.org' } },
  role: { id: 'invite-role', label: 'Role', messages: { required: 'Choose a role' } },
};

/** Admins invite staff; the invitation link goes to the outbox, valid for 3 days. A new manager first needs a manager's approval. */
@Component({
  selector: 'bs-invite-staff-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary, Notice],
  template: `
    <section class="bs-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a member of staff</h2>
      <p>They get a link to set their password, valid for 3 days. Staff must set up two-step sign-in before they can see anything.</p>
      <p>A new manager can read case work, so a manager must approve the invitation before the link is sent.</p>
      @if (sent(); as s) {
        <bs-notice kind="success">{{ s }}</bs-notice>
      }
      <bs-error-summary [errors]="flow.errors()" />
      <form class="invite-form" [formGroup]="form" (ngSubmit)="submit(formDirective)" #formDirective="ngForm" novalidate>
        <mat-form-field appearance="outline" class="field">
          <mat-label>Name</mat-label>
          <input matInput [id]="fields.displayName.id" formControlName="displayName" maxlength="200" autocomplete="off" />
          @if (flow.message('displayName'); as m) {
            <mat-error>{{ m }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="field">
          <mat-label>Email address</mat-label>
          <input matInput type="email" [id]="fields.email.id" formControlName="email" maxlength="320" autocomplete="off" />
          @if (flow.message('email'); as m) {
            <mat-error>{{ m }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="field">
          <mat-label>Role</mat-label>
          <mat-select [id]="fields.role.id" formControlName="role">
            <mat-option value="advocate">Advocate</mat-option>
            <mat-option value="manager">Manager (safeguarding lead)</mat-option>
            <mat-option value="admin">Admin (accounts and settings, no case content)</mat-option>
            <mat-option value="panel_member">Lived-experience panel member (findings and campaigns, no case content)</mat-option>
          </mat-select>
          @if (flow.message('role'); as m) {
            <mat-error>{{ m }}</mat-error>
          }
        </mat-form-field>
        <div class="bs-actions">
          <button mat-flat-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Sending…' : 'Send invitation' }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 2.5rem;
    }
    .invite-form {
      display: flex;
      flex-direction: column;
      /* Each field keeps the room for its label above and its message below: nothing touches. */
      gap: 1.25rem;
      max-width: 32rem;
      margin-top: 1rem;
    }
    .field {
      width: 100%;
    }
  `,
})
export class InviteStaffForm {
  private readonly store = inject(AccountsAdminStore);
  protected readonly fields = FIELDS;
  protected readonly sent = signal<string | null>(null);
  protected readonly form = new FormGroup({
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    role: new FormControl<StaffInvitation['role'] | ''>('advocate', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  protected async submit(formDirective: FormGroupDirective): Promise<void> {
    if (this.flow.pending()) return;
    this.sent.set(null);
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const invitation: StaffInvitation = { email: v.email.trim(), displayName: v.displayName.trim(), role: v.role as StaffInvitation['role'] };
      return {
        body: invitation,
        write: (key) => this.store.invite(invitation, key),
        saved: (created) => {
          formDirective.resetForm({ displayName: '', email: '', role: 'advocate' });
          this.sent.set(
            created.awaitingApproval || !created.expiresAt
              ? `Invitation saved for ${invitation.displayName}. It is waiting for a manager’s approval; the link is sent once a manager approves it.`
              : `Invitation sent to ${invitation.displayName}. The link works until ${formatLondonDateTime(created.expiresAt)}.`,
          );
        },
      };
    });
  }
}
