import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { FormFlow } from '@beside/web/core';
import { MAX_OPTIONS, optionForm, type QuestionForm } from './checklist-form';

/** One question's fields: its words, key, guidance, whether it must be answered, and its answers with their weights. */
@Component({
  selector: 'bs-question-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule],
  templateUrl: './question-fields.html',
  styleUrl: './question-fields.scss',
})
export class QuestionFields {
  readonly question = input.required<QuestionForm>();
  readonly index = input.required<number>();
  readonly flow = input.required<FormFlow>();
  protected readonly maxOptions = MAX_OPTIONS;

  protected id(name: string): string {
    return `q-${this.index()}-${name}`;
  }

  protected message(path: string): string | null {
    const flow = this.flow();
    // A new summary (a submit, the API's answer) may change the message while the field itself is untouched.
    flow.errors();
    return flow.message(`questions.${this.index()}.${path}`);
  }

  protected addOption(): void {
    const options = this.question().controls.options;
    options.push(optionForm());
    this.question().markAsDirty();
    this.focusLater(this.id(`o-${options.length - 1}-label`));
  }

  protected removeOption(j: number): void {
    const options = this.question().controls.options;
    options.removeAt(j);
    this.question().markAsDirty();
    this.focusLater(this.id(`o-${Math.min(j, options.length - 1)}-label`));
  }

  private focusLater(id: string): void {
    setTimeout(() => document.getElementById(id)?.focus());
  }
}
