import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CLOSURE_OUTCOMES, type ClosureOutcome, type JourneyStatus, type StatusChangeRequest } from '@beside/shared/contracts';
import { applyApiProblem, collectFormErrors, fieldErrorMessage, type FieldDescriptions } from '@beside/web/core';
import { JourneyStore } from '@beside/web/journeys/data-access';
import { CLOSURE_OUTCOME_LABELS, ConflictNotice, JOURNEY_STATUS_LABELS } from '@beside/web/journeys/ui';
import { ErrorSummary, type ErrorSummaryItem } from '@beside/web/ui';

const MOVES: Record<JourneyStatus, { to: JourneyStatus; label: string }[]> = {
  referred: [
    { to: 'active', label: 'Start the journey (make active)' },
    { to: 'closed', label: 'Close without starting' },
  ],
  active: [{ to: 'closing', label: 'Start closing' }],
  closing: [
    { to: 'active', label: 'Back to active' },
    { to: 'closed', label: 'Close the journey' },
  ],
  closed: [{ to: 'active', label: 'Reopen the journey' }],
};

const FIELDS: FieldDescriptions<'outcome' | 'reason'> = {
  outcome: { id: 'close-outcome', label: 'Outcome', messages: { required: 'Choose the outcome' } },
  reason: { id: 'close-reason', label: 'Reason', messages: { required: 'Enter why the journey is closing' } },
};

@Component({
  selector: 'bs-status-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ConflictNotice, ErrorSummary],
  template: `
    <section class="bs-section" aria-labelledby="status-heading">
      <h2 id="status-heading">Status: {{ labels[status()] }}</h2>
      @if (conflict(); as c) {
        <bs-conflict-notice [message]="c" (reapply)="reapply()" (dismiss)="conflict.set(null)">
          <p>The journey is now <strong>{{ labels[status()] }}</strong>.</p>
        </bs-conflict-notice>
      }
      <bs-error-summary [errors]="errors()" />
      @if (closing()) {
        <form class="bs-form" [formGroup]="form" (ngSubmit)="close()" novalidate>
          <mat-form-field class="bs-field">
            <mat-label>Outcome</mat-label>
            <mat-select [id]="fields.outcome.id" formControlName="outcome">
              @for (o of outcomes; track o) {
                <mat-option [value]="o">{{ outcomeLabels[o] }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ message('outcome') }}</mat-error>
          </mat-form-field>
          <mat-form-field class="bs-field">
            <mat-label>Reason</mat-label>
            <textarea matInput [id]="fields.reason.id" formControlName="reason" rows="3"></textarea>
            <mat-error>{{ message('reason') }}</mat-error>
          </mat-form-field>
          <div class="bs-actions">
            <button mat-flat-button type="submit">Close the journey</button>
            <button mat-button type="button" (click)="closing.set(false)">Cancel</button>
          </div>
        </form>
      } @else {
        <div class="bs-actions">
          @for (move of moves(); track move.to) {
            <button mat-stroked-button type="button" [disabled]="pending()" (click)="choose(move.to)">{{ move.label }}</button>
          }
        </div>
      }
    </section>
  `,
})
export class StatusActions {
  private readonly store = inject(JourneyStore);
  protected readonly fields = FIELDS;
  protected readonly labels = JOURNEY_STATUS_LABELS;
  protected readonly outcomes = CLOSURE_OUTCOMES;
  protected readonly outcomeLabels = CLOSURE_OUTCOME_LABELS;
  protected readonly status = computed(() => this.store.journey()?.status ?? 'referred');
  protected readonly moves = computed(() => MOVES[this.status()]);
  protected readonly closing = signal(false);
  protected readonly pending = signal(false);
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly conflict = signal<string | null>(null);
  private last: Omit<StatusChangeRequest, 'version'> | null = null;
  // Resetting through the directive also clears "submitted", so the empty form shows no errors.
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    outcome: new FormControl<ClosureOutcome | ''>('', { nonNullable: true, validators: [Validators.required] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
  });

  protected message(field: 'outcome' | 'reason'): string | null {
    return fieldErrorMessage(this.form.controls[field], FIELDS[field]);
  }

  protected choose(to: JourneyStatus): void {
    if (to === 'closed') this.closing.set(true);
    else void this.send({ status: to });
  }

  protected close(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set(collectFormErrors(this.form, FIELDS));
      return;
    }
    const { outcome, reason } = this.form.getRawValue();
    void this.send({ status: 'closed', outcome: outcome as ClosureOutcome, reason: reason.trim() });
  }

  protected reapply(): void {
    this.conflict.set(null);
    if (this.last) void this.send(this.last);
  }

  private async send(request: Omit<StatusChangeRequest, 'version'>): Promise<void> {
    this.last = request;
    this.pending.set(true);
    const result = await this.store.changeStatus(request);
    this.pending.set(false);
    if (result.ok) {
      this.closing.set(false);
      this.errors.set([]);
      this.formDir()?.resetForm();
    } else if (result.conflict) {
      this.conflict.set(result.problem.messages.join(' '));
    } else {
      this.errors.set(applyApiProblem(this.form, result.problem, FIELDS));
    }
  }
}
