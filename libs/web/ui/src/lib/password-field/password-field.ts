import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/** A password input with a visible label, hint, error and a show/hide toggle. Paste is allowed. */
@Component({
  selector: 'bs-password-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  template: `
    <mat-form-field class="bs-field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [id]="inputId()"
        [type]="visible() ? 'text' : 'password'"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
        spellcheck="false"
        autocapitalize="none"
      />
      <button
        mat-button
        matSuffix
        type="button"
        class="bs-password-field__toggle"
        [attr.aria-controls]="inputId()"
        [attr.aria-label]="(visible() ? 'Hide ' : 'Show ') + label().toLowerCase()"
        (click)="visible.set(!visible())"
      >
        {{ visible() ? 'Hide' : 'Show' }}
      </button>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ error() }}</mat-error>
    </mat-form-field>
    <span class="bs-visually-hidden" aria-live="polite">{{ visible() ? 'Your password is shown' : '' }}</span>
  `,
  styles: `
    :host {
      display: block;
    }
    .bs-password-field__toggle {
      margin-right: 0.25rem;
    }
  `,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  readonly inputId = input.required<string>();
  readonly label = input('Password');
  readonly hint = input<string>();
  readonly error = input<string | null>(null);
  readonly autocomplete = input<'current-password' | 'new-password'>('current-password');
  protected readonly visible = signal(false);
}
