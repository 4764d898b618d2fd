import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ClosureOutcome, JourneyStatus, StatusChangeRequest } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { JourneyStore } from '@beside/web/journeys/data-access';
import { CLOSURE_OUTCOME_LABELS, JOURNEY_STATUS_LABELS } from '@beside/web/journeys/ui';
import { ConflictNotice, ErrorSummary, FormField, Notice } from '@beside/web/ui';

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

const DONE: Record<JourneyStatus, string> = {
  referred: 'The journey is back to referred.',
  active: 'The journey is now active.',
  closing: 'The journey is now closing.',
  closed: 'The journey is closed.',
};

const FIELDS: FieldDescriptions<'outcome' | 'reason'> = {
  outcome: { id: 'close-outcome', label: 'Outcome', messages: { required: 'Choose the outcome' } },
  reason: { id: 'close-reason', label: 'Reason', messages: { required: 'Enter why the journey is closing' } },
};

@Component({
  selector: 'bs-status-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ConflictNotice, ErrorSummary, Notice, FormField],
  template: `
    <section class="bs-section" aria-labelledby="status-heading">
      <h2 id="status-heading">Status: {{ labels[status()] }}</h2>
      @if (saved(); as done) {
        <bs-notice kind="success">{{ done }}</bs-notice>
      }
      @if (flow.conflict(); as c) {
        <bs-conflict-notice [message]="c" (reapply)="reapply()" (dismiss)="flow.conflict.set(null)">
          <p>The journey is now <strong>{{ labels[status()] }}</strong>.</p>
        </bs-conflict-notice>
      }
      <bs-error-summary [errors]="flow.errors()" />
      @if (closing()) {
        <form class="bs-form" [formGroup]="form" (ngSubmit)="close()" novalidate>
          <bs-form-field name="outcome" [flow]="flow" label="Outcome" [labels]="outcomeLabels" />
          <mat-form-field class="bs-field">
            <mat-label>Reason</mat-label>
            <textarea matInput [id]="fields.reason.id" formControlName="reason" rows="3"></textarea>
            <mat-error>{{ flow.message('reason') }}</mat-error>
          </mat-form-field>
          <div class="bs-actions">
            <button mat-flat-button type="submit">Close the journey</button>
            <button mat-button type="button" (click)="closing.set(false)">Cancel</button>
          </div>
        </form>
      } @else {
        <div class="bs-actions">
          @for (move of moves(); track move.to) {
            <button mat-stroked-button type="button" [disabled]="flow.pending()" (click)="choose(move.to)">{{ move.label }}</button>
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
  protected readonly outcomeLabels = CLOSURE_OUTCOME_LABELS;
  protected readonly status = computed(() => this.store.journey()?.status ?? 'referred');
  protected readonly moves = computed(() => MOVES[this.status()]);
  protected readonly closing = signal(false);
  /** Said once a move is saved: the heading alone changes too quietly to notice. */
  protected readonly saved = signal<string | null>(null);
  private last: Omit<StatusChangeRequest, 'version'> | null = null;
  // Resetting through the directive also clears "submitted", so the empty form shows no errors.
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    outcome: new FormControl<ClosureOutcome | ''>('', { nonNullable: true, validators: [Validators.required] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  protected choose(to: JourneyStatus): void {
    if (to === 'closed') this.closing.set(true);
    else void this.send({ status: to });
  }

  protected close(): void {
    if (!this.flow.validate()) return;
    const { outcome, reason } = this.form.getRawValue();
    void this.send({ status: 'closed', outcome: outcome as ClosureOutcome, reason: reason.trim() });
  }

  protected reapply(): void {
    this.flow.conflict.set(null);
    if (this.last) void this.send(this.last);
  }

  private async send(request: Omit<StatusChangeRequest, 'version'>): Promise<void> {
    this.last = request;
    this.saved.set(null);
    await this.flow.send({
      body: request,
      write: () => this.store.changeStatus(request),
      saved: () => {
        this.closing.set(false);
        this.saved.set(DONE[request.status]);
        this.formDir()?.resetForm();
      },
      conflict: 'notice',
    });
  }
}
