import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, output, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, type ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { ConcernSeverity, ConcernStatus, ConcernTransitionRequest } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { ConcernStore } from '@beside/web/safeguarding/data-access';
import { CONCERN_STATUS_LABELS, CONCERN_WORDS } from '@beside/web/safeguarding/ui';
import { ConflictNotice, ErrorSummary, FormField } from '@beside/web/ui';
import { type ConcernMove, fieldsForMove, transitionChoices } from './transition-choices';

type Field = 'to' | 'severity' | 'referredTo' | 'outcome' | 'outcomeForRaiser' | 'note';

const FIELDS: FieldDescriptions<Field> = {
  to: { id: 'move-to', label: 'Next step', messages: { required: 'Choose what happens next' } },
  severity: { id: 'move-severity', label: 'Severity', messages: { required: 'Choose the severity' } },
  referredTo: { id: 'move-referred-to', label: 'Referred to', messages: { required: 'Enter who it was referred to' } },
  outcome: { id: 'move-outcome', label: 'Outcome', messages: { required: 'Enter the outcome, for the record' } },
  outcomeForRaiser: {
    id: 'move-outcome-for-raiser',
    label: 'What the person who raised it is told',
    messages: { required: 'Enter what the person who raised it will be told' },
  },
  note: { id: 'move-note', label: 'Note', messages: { required: 'Enter a note saying why', maxlength: 'Make the note shorter' } },
};

// A field required only for some moves: the form checks it when that move is chosen.
function requiredFor(...moves: ConcernMove[]): ValidatorFn {
  return (control) => {
    const to = control.parent?.get('to')?.value as ConcernMove | null;
    return to && moves.includes(to) && !`${control.value ?? ''}`.trim() ? { required: true } : null;
  };
}

/** Moves a concern on: only the moves the workflow allows, each with a note and what that move needs. */
@Component({
  selector: 'bs-transition-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary, ConflictNotice, FormField],
  templateUrl: './transition-form.html',
  styles: `
    .bs-move {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem 1.25rem;
      margin: 0 0 2.5rem;
    }
    fieldset {
      border: 0;
      margin: 0 0 1rem;
      padding: 0;
    }
    legend {
      font-weight: 700;
      padding: 0;
      margin-bottom: 0.25rem;
    }
    .bs-move__choice {
      display: block;
      margin: 0.25rem 0;
    }
    .bs-move__hint {
      display: block;
      font-size: 0.9375rem;
      color: var(--bs-text-secondary);
    }
    .bs-confirm {
      border-left: 6px solid var(--bs-error, #b3261e);
      background: var(--mat-sys-surface-container);
      padding: 1rem 1.25rem;
    }
    .bs-confirm__words {
      white-space: pre-wrap;
    }
  `,
})
export class TransitionForm {
  /** The status the concern was moved to (the page says so when this form goes away, on closing). */
  readonly moved = output<ConcernStatus>();
  private readonly store = inject(ConcernStore);
  protected readonly fields = FIELDS;
  protected readonly words = CONCERN_WORDS;
  protected readonly concern = this.store.concern;
  protected readonly choices = computed(() => transitionChoices(this.concern()?.status ?? 'closed'));
  protected readonly confirming = signal<Omit<ConcernTransitionRequest, 'version'> | null>(null);
  protected readonly done = signal<string | null>(null);
  private last: Omit<ConcernTransitionRequest, 'version'> | null = null;
  private readonly formDir = viewChild(FormGroupDirective);
  private readonly confirmBox = viewChild<ElementRef<HTMLElement>>('confirmBox');

  protected readonly form = new FormGroup({
    to: new FormControl<ConcernMove | null>(null, { validators: [Validators.required] }),
    severity: new FormControl<ConcernSeverity | ''>('', { nonNullable: true, validators: [requiredFor('triaged')] }),
    referredTo: new FormControl('', { nonNullable: true, validators: [requiredFor('referred'), Validators.maxLength(500)] }),
    outcome: new FormControl('', { nonNullable: true, validators: [requiredFor('closed'), Validators.maxLength(4000)] }),
    outcomeForRaiser: new FormControl('', { nonNullable: true, validators: [requiredFor('closed'), Validators.maxLength(4000)] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);
  private readonly to = toSignal(this.form.controls.to.valueChanges, { initialValue: null });
  protected readonly needs = computed(() => fieldsForMove(this.to()));

  constructor() {
    this.form.controls.to.valueChanges.pipe(takeUntilDestroyed()).subscribe((to) => {
      if (to === 'triaged' && !this.form.controls.severity.value) this.form.controls.severity.setValue(this.concern()?.severity ?? '');
      for (const name of ['severity', 'referredTo', 'outcome', 'outcomeForRaiser'] as const) this.form.controls[name].updateValueAndValidity();
    });
  }

  protected submit(): void {
    this.done.set(null);
    if (!this.flow.validate()) return;
    this.flow.errors.set([]);
    const request = this.request();
    if (request.to === 'closed') {
      this.confirming.set(request);
      setTimeout(() => this.confirmBox()?.nativeElement.focus());
      return;
    }
    void this.send(request);
  }

  protected confirmClose(): void {
    const request = this.confirming();
    this.confirming.set(null);
    if (request) void this.send(request);
  }

  protected reapply(): void {
    this.flow.conflict.set(null);
    const last = this.last;
    // The workflow may have moved on meanwhile: apply again only a move still allowed.
    if (last && this.choices().some((c) => c.to === last.to)) void this.send(last);
    else this.flow.errors.set([{ message: 'That move is no longer possible from where the concern is now. Choose again.' }]);
  }

  private request(): Omit<ConcernTransitionRequest, 'version'> {
    const v = this.form.getRawValue();
    const to = v.to as ConcernMove;
    const request: Omit<ConcernTransitionRequest, 'version'> = { to, note: v.note.trim() };
    if (to === 'triaged' && v.severity) request.severity = v.severity;
    if (to === 'referred') request.referredTo = v.referredTo.trim();
    if (to === 'closed') {
      request.outcome = v.outcome.trim();
      request.outcomeForRaiser = v.outcomeForRaiser.trim();
    }
    return request;
  }

  private async send(request: Omit<ConcernTransitionRequest, 'version'>): Promise<void> {
    this.last = request;
    await this.flow.send({
      body: request,
      write: (key) => this.store.transition(request, key),
      saved: (concern) => {
        this.formDir()?.resetForm({ to: null, severity: '', referredTo: '', outcome: '', outcomeForRaiser: '', note: '' });
        this.done.set(`The concern is now: ${CONCERN_STATUS_LABELS[concern.status].toLowerCase()}.`);
        this.moved.emit(concern.status);
      },
      // The notice offers her move again on top of what is there now.
      conflict: 'notice',
    });
  }
}
