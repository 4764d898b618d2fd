import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type FieldDescriptions, FlashNotice, FormFlow, ReturnPath, SessionStore } from '@beside/web/core';
import { SignInStore } from '@beside/web/identity/data-access';
import { ErrorSummary, FormField, Notice, PageHeader, PasswordField } from '@beside/web/ui';
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
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, ErrorSummary, Notice, PageHeader, PasswordField, FormField],
  templateUrl: './sign-in-page.html',
})
export class SignInPage {
  private readonly signIn = inject(SignInStore);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  // A deep link that sent her here (?next=…) is where she lands once signed in; an unsafe one is ignored.
  private readonly returnPath = inject(ReturnPath);

  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);
  protected readonly notice = inject(FlashNotice).take();
  protected readonly unreachable = this.session.error;

  constructor() {
    this.returnPath.remember(inject(ActivatedRoute).snapshot.queryParamMap.get('next'));
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const { email, password } = this.form.getRawValue();
      return {
        body: null,
        write: () => this.signIn.signIn(email.trim(), password),
        saved: async (view) => void (await this.router.navigateByUrl(this.returnPath.destination(view))),
        summary: (items, problem) => {
          const wait = retryAfterText(problem.retryAfterSeconds);
          return wait ? [...items, { message: wait }] : items;
        },
      };
    });
  }
}
