import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { applyApiProblem, collectFormErrors, fieldErrorMessage, toApiProblem, type FieldDescriptions } from '@beside/web/core';
import { AccountsAdminStore, type StaffInvitation } from '@beside/web/identity/data-access';
import { ErrorSummary, Notice, type ErrorSummaryItem } from '@beside/web/ui';
import { formatLondonDateTime } from '@beside/shared/util';

type Field = 'email' | 'displayName' | 'role';

const FIELDS: FieldDescriptions<Field> = {
  email: { id: 'invite-email', label: 'Email address', messages: { required: 'Enter their email address', email: 'Enter an email address like name@example.org' } },
  displayName: { id: 'invite-name', label: 'Name', messages: { required: 'Enter their name' } },
  role: { id: 'invite-role', label: 'Role', messages: { required: 'Choose a role' } },
};

/** Admins invite staff; the invitation link goes to the outbox, valid for 3 days. */
@Component({
  selector: 'bs-invite-staff-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary, Notice],
  template: `
    <section class="bs-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a member of staff</h2>
      <p>They get a link to set their password, valid for 3 days. Staff must set up two-step sign-in before they can see anything.</p>
      @if (sent(); as s) {
        <bs-notice kind="success">Invitation sent. The link works until {{ s }}.</bs-notice>
      }
      <bs-error-summary [errors]="errors()" />
      <form class="bs-form" [formGroup]="form" (ngSubmit)="submit(formDirective)" #formDirective="ngForm" novalidate>
        <mat-form-field>
          <mat-label>Name</mat-label>
          <input matInput [id]="fields.displayName.id" formControlName="displayName" maxlength="200" autocomplete="off" />
          @if (message('displayName'); as m) {
            <mat-error>{{ m }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>Email address</mat-label>
          <input matInput type="email" [id]="fields.email.id" formControlName="email" maxlength="320" autocomplete="off" />
          @if (message('email'); as m) {
            <mat-error>{{ m }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>Role</mat-label>
          <mat-select [id]="fields.role.id" formControlName="role">
            <mat-option value="advocate">Advocate</mat-option>
            <mat-option value="manager">Manager (safeguarding lead)</mat-option>
            <mat-option value="admin">Admin (accounts and settings, no case content)</mat-option>
          </mat-select>
          @if (message('role'); as m) {
            <mat-error>{{ m }}</mat-error>
          }
        </mat-form-field>
        <div class="bs-actions">
          <button mat-flat-button type="submit">{{ pending() ? 'Sending…' : 'Send invitation' }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      max-width: 32rem;
    }
  `,
})
export class InviteStaffForm {
  private readonly store = inject(AccountsAdminStore);
  protected readonly fields = FIELDS;
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly pending = signal(false);
  protected readonly sent = signal<string | null>(null);
  protected readonly form = new FormGroup({
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    role: new FormControl<StaffInvitation['role'] | ''>('advocate', { nonNullable: true, validators: [Validators.required] }),
  });

  protected message(field: Field): string | null {
    return fieldErrorMessage(this.form.controls[field], FIELDS[field]);
  }

  protected async submit(formDirective: FormGroupDirective): Promise<void> {
    if (this.pending()) return;
    this.sent.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set(collectFormErrors(this.form, FIELDS));
      return;
    }
    this.pending.set(true);
    try {
      const v = this.form.getRawValue();
      const created = await this.store.invite({ email: v.email.trim(), displayName: v.displayName.trim(), role: v.role as StaffInvitation['role'] });
      formDirective.resetForm({ displayName: '', email: '', role: 'advocate' });
      this.errors.set([]);
      this.sent.set(formatLondonDateTime(created.expiresAt));
    } catch (error) {
      this.errors.set(applyApiProblem(this.form, toApiProblem(error), FIELDS));
    } finally {
      this.pending.set(false);
    }
  }
}
