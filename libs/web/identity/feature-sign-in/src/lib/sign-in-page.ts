import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  applyApiProblem,
  collectFormErrors,
  fieldErrorMessage,
  FlashNotice,
  homePathFor,
  SessionStore,
  toApiProblem,
  type FieldDescriptions,
} from '@beside/web/core';
import { IdentityApi } from '@beside/web/identity/data-access';
import { ErrorSummary, Notice, PageHeader, PasswordField, type ErrorSummaryItem } from '@beside/web/ui';
import { firstValueFrom } from 'rxjs';
import { retryAfterText } from './retry-after-text';

type Field = 'email' | 'password';

const FIELDS: FieldDescriptions<Field> = {
  email: {
    id: 'sign-in-email',
    label: 'Email address',
    messages: {
      required: 'Enter your email address',
      email: 'Enter an email address in the right format, like name@example.com',
    },
  },
  password: { id: 'sign-in-password', label: 'Password', messages: { required: 'Enter your password' } },
};

@Component({
  selector: 'bs-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorSummary,
    Notice,
    PageHeader,
    PasswordField,
  ],
  templateUrl: './sign-in-page.html',
})
export class SignInPage {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly pending = signal(false);
  protected readonly notice = inject(FlashNotice).take();
  protected readonly unreachable = this.session.error;

  protected message(field: Field): string | null {
    return fieldErrorMessage(this.form.controls[field], FIELDS[field]);
  }

  protected async submit(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set(collectFormErrors(this.form, FIELDS));
      return;
    }
    this.pending.set(true);
    try {
      const { email, password } = this.form.getRawValue();
      const view = await firstValueFrom(this.api.signIn(email.trim(), password));
      this.session.set(view);
      await this.router.navigateByUrl(homePathFor(view));
    } catch (error) {
      const problem = toApiProblem(error);
      const items = applyApiProblem(this.form, problem, FIELDS);
      const wait = retryAfterText(problem.retryAfterSeconds);
      this.errors.set(wait ? [...items, { message: wait }] : items);
    } finally {
      this.pending.set(false);
    }
  }
}
