import { ChangeDetectionStrategy, Component, computed, inject, input, Pipe, type PipeTransform } from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

/** What a field needs of the form's FormFlow (web/core): the fields' ids, a field's message, and the summary's lines. */
export interface FieldFlow {
  readonly fields: Readonly<Record<string, { id: string }>>;
  message(field: string): string | null;
  errors(): readonly unknown[];
}

/** For a component whose own template binds controls by name (`formControlName`) in the form around it. */
export const IN_PARENT_FORM = [{ provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) }];

/**
 * One labelled field of the form around it, bound to its control `name`, with its hint and its message: a one-line
 * text input, or, given `labels` (value → words), a select of those values in their order (`options` for only some of
 * them; `none` adds a first option with the empty value, "Any status"). A `maxlength` also stops the input taking more.
 * Given the form's `flow`, the field takes its id and its message from it; else from `fieldId` and `error`. The field
 * sits in the form's own layout as if written there (`fieldClass` for its width).
 */
@Component({
  selector: 'bs-form-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  viewProviders: IN_PARENT_FORM,
  template: `
    <mat-form-field [class]="fieldClass()">
      <mat-label>{{ label() }}</mat-label>
      @if (labels(); as words) {
        <mat-select [id]="id()" [formControlName]="name()">
          @if (none(); as noneLabel) {
            <mat-option value="">{{ noneLabel }}</mat-option>
          }
          @for (value of values(); track value) {
            <mat-option [value]="value">{{ words[value] }}</mat-option>
          }
        </mat-select>
      } @else {
        <input
          matInput
          [type]="type()"
          [id]="id()"
          [formControlName]="name()"
          [maxlength]="maxlength() ?? null"
          [attr.autocomplete]="autocomplete() ?? null"
          [attr.inputmode]="inputmode() ?? null"
          [attr.spellcheck]="spellcheck() ?? null"
          [attr.autocapitalize]="autocapitalize() ?? null"
        />
      }
      @if (hint(); as hintText) {
        <mat-hint>{{ hintText }}</mat-hint>
      }
      @if (message(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class FormField {
  /** The control's name in the form around it. */
  readonly name = input.required<string>();
  readonly label = input.required<string>();
  /** The form's FormFlow: the field's id and message come from it. */
  readonly flow = input<FieldFlow>();
  readonly fieldId = input<string>();
  readonly fieldClass = input('bs-field');
  readonly hint = input<string>();
  /** The field's message (FormFlow `message`), shown when the field is in error. */
  readonly error = input<string | null>(null);
  // A text input:
  readonly type = input<'text' | 'email'>('text');
  readonly maxlength = input<number>();
  readonly autocomplete = input<string>();
  readonly inputmode = input<'numeric'>();
  readonly spellcheck = input<boolean>();
  readonly autocapitalize = input<'none'>();
  // A select:
  readonly labels = input<Readonly<Record<string, string>>>();
  /** The values offered, when not every value in `labels`. */
  readonly options = input<readonly string[]>();
  readonly none = input<string>();
  protected readonly values = computed(() => this.options() ?? Object.keys(this.labels() ?? {}));
  protected readonly id = computed(() => this.fieldId() ?? this.flow()?.fields[this.name()]?.id ?? '');

  protected message(): string | null {
    const flow = this.flow();
    if (!flow) return this.error();
    // A new summary (a submit, the API's answer) may change the message while the field itself is untouched.
    flow.errors();
    return flow.message(this.name());
  }
}

/** People as a select's `labels`: each one's id to their name, in the order given (`[labels]="advocates() | namesById"`). */
@Pipe({ name: 'namesById' })
export class NamesByIdPipe implements PipeTransform {
  transform(people: readonly { id: string; displayName: string }[]): Record<string, string> {
    return Object.fromEntries(people.map((person) => [person.id, person.displayName]));
  }
}
