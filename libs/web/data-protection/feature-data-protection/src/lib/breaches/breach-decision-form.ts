import { ChangeDetectionStrategy, Component, computed, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { londonToday } from '@beside/shared/util';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { type BreachAudience, BreachStore } from '@beside/web/data-protection/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { londonDateTimeToIso } from '../shared/london-input';
import { refusalTo } from '../shared/refusal';
import { breachFieldsInWords } from './breach-words';

type Field = 'tell' | 'reason' | 'toldAt' | 'toldTime' | 'reference';

const WHOM: Record<BreachAudience, string> = { ico: 'the Commissioner', women: 'the women affected' };

function fieldsFor(a: BreachAudience): FieldDescriptions<Field> {
  return {
    tell: { id: `${a}-tell`, label: 'Decision', messages: { required: `Choose whether to tell ${WHOM[a]}` } },
    reason: { id: `${a}-reason`, label: 'Reason', messages: { required: 'Give the reason for the decision', maxlength: 'Make it 4,000 characters or fewer' } },
    toldAt: { id: `${a}-told-on`, label: 'The day they were told', messages: { pairedTime: 'Enter the day as well as the time' } },
    toldTime: { id: `${a}-told-time`, label: 'The time they were told', messages: {} },
    reference: { id: `${a}-reference`, label: "The Commissioner's reference", messages: { maxlength: 'Make it 100 characters or fewer' } },
  };
}

/**
 * The decision whether to tell the Commissioner (Article 33) or the women affected (Article 34), with its reason; and,
 * once told, when (and the Commissioner's reference). A decision stands once recorded: later only when they were told
 * (and the reference) may be added.
 */
@Component({
  selector: 'bs-breach-decision-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary],
  templateUrl: './breach-decision-form.html',
  styles: `
    .bs-fieldset { border: 0; padding: 0; margin: 0 0 1rem; min-width: 0; }
    legend { font-weight: 700; padding: 0; margin-bottom: 0.5rem; }
    .bs-radios { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .bs-when { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class BreachDecisionForm {
  readonly audience = input.required<BreachAudience>();
  readonly done = output<void>();
  readonly refused = output<string>();
  private readonly store = inject(BreachStore);
  protected readonly today = londonToday();
  protected readonly whom = computed(() => WHOM[this.audience()]);
  protected readonly fields = computed(() => fieldsFor(this.audience()));
  /** The decision already recorded (then only when they were told, and the reference, may be added). */
  protected readonly decided = computed(() => {
    const b = this.store.breach();
    return (this.audience() === 'ico' ? b?.icoDecision : b?.womenDecision) ?? null;
  });
  protected readonly form = new FormGroup({
    tell: new FormControl<'yes' | 'no' | ''>('', { nonNullable: true, validators: [Validators.required] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
    toldAt: new FormControl('', { nonNullable: true }),
    toldTime: new FormControl('', { nonNullable: true }),
    reference: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] }),
  });
  protected readonly flow = new FormFlow(this.form, () => this.fields(), { unsavedChanges: true });
  // Reset through the directive too, or the empty fields would show their errors (the form counts as submitted).
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected tellError(): string | null {
    this.flow.errors();
    const control = this.form.controls.tell;
    return control.invalid && control.touched ? this.flow.message('tell') : null;
  }

  protected async submit(): Promise<void> {
    const decided = this.decided();
    if (decided) {
      // The decision stands: sent again as it was, with when they were told.
      this.form.patchValue({ tell: decided.tell ? 'yes' : 'no', reason: decided.reason });
    } else if (!this.form.controls.reason.value.trim()) {
      this.form.controls.reason.setValue('');
    }
    const v = this.form.getRawValue();
    this.form.controls.toldAt.setErrors(!v.toldAt && v.toldTime ? { pairedTime: true } : null);
    await this.flow.submit(() => {
      const body = {
        tell: v.tell === 'yes',
        reason: v.reason.trim(),
        toldAt: londonDateTimeToIso(v.toldAt, v.toldTime),
        reference: this.audience() === 'ico' ? v.reference.trim() || null : null,
      };
      return {
        body,
        write: (key) => this.store.decide(this.audience(), body, key),
        saved: () => {
          this.formDirective().resetForm();
          this.done.emit();
        },
        problem: (problem) => {
          const shown = refusalTo(this.refused)(problem);
          return shown && breachFieldsInWords(shown);
        },
      };
    });
  }
}
