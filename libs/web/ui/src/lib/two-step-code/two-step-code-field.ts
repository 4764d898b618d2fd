import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FieldFlow, FormField, IN_PARENT_FORM } from '../form-field/form-field';

/** The 6-digit code from an authenticator app, bound to the control `name` of the form around it. */
@Component({
  selector: 'bs-two-step-code-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField],
  viewProviders: IN_PARENT_FORM,
  template: `
    <bs-form-field
      [name]="name()"
      [flow]="flow()"
      fieldClass="bs-field bs-field--short"
      label="Code"
      inputmode="numeric"
      autocomplete="one-time-code"
      [spellcheck]="false"
      [hint]="hint()"
    />
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class TwoStepCodeField {
  /** The form's FormFlow: the field's id and message come from it. */
  readonly flow = input.required<FieldFlow>();
  readonly hint = input.required<string>();
  readonly name = input('code');
}
