import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, type ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ReassignAdvocatesRequest, StaffMember } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { JourneyStore } from '@beside/web/journeys/data-access';
import { ConflictNotice, ErrorSummary, FormField, NamesByIdPipe } from '@beside/web/ui';

type Field = 'primaryAdvocateId' | 'secondaryAdvocateId' | 'reason';

const FIELDS: FieldDescriptions<Field> = {
  primaryAdvocateId: { id: 'reassign-primary', label: 'Primary advocate', messages: { required: 'Choose the primary advocate' } },
  secondaryAdvocateId: {
    id: 'reassign-second',
    label: 'Second advocate',
    messages: { same: 'Choose a different second advocate, or none' },
  },
  reason: { id: 'reassign-reason', label: 'Reason', messages: { required: 'Enter why the advocates are changing', maxlength: 'Make the reason shorter' } },
};

const differentFromPrimary: ValidatorFn = (control) => {
  const primary = control.parent?.get('primaryAdvocateId')?.value;
  return control.value && control.value === primary ? { same: true } : null;
};

/** A manager changes who supports her: both advocates are told in the app. */
@Component({
  selector: 'bs-change-advocates-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, ConflictNotice, FormField, NamesByIdPipe],
  template: `
    <section class="bs-section" aria-labelledby="advocates-heading">
      <h2 id="advocates-heading">Advocates</h2>
      <p>{{ current() }}</p>
      @if (saved(); as s) {
        <p role="status"><strong>{{ s }}</strong></p>
      }
      @if (flow.conflict(); as c) {
        <bs-conflict-notice [message]="c" (reapply)="reapply()" (dismiss)="flow.conflict.set(null)">
          <p>Now: {{ current() }}</p>
        </bs-conflict-notice>
      }
      @if (open()) {
        <bs-error-summary [errors]="flow.errors()" />
        <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="advocates-heading">
          <bs-form-field name="primaryAdvocateId" [flow]="flow" label="Primary advocate" [labels]="advocates() | namesById" />
          <bs-form-field name="secondaryAdvocateId" [flow]="flow" label="Second advocate (optional)" [labels]="advocates() | namesById" none="No second advocate" />
          <mat-form-field class="bs-field">
            <mat-label>Reason</mat-label>
            <textarea matInput [id]="fields.reason.id" formControlName="reason" rows="3"></textarea>
            <mat-hint>Kept with the journey's history.</mat-hint>
            <mat-error>{{ flow.message('reason') }}</mat-error>
          </mat-form-field>
          <div class="bs-actions">
            <button mat-flat-button type="submit" [disabled]="flow.pending()">Change advocates</button>
            <button mat-button type="button" (click)="open.set(false)">Cancel</button>
          </div>
        </form>
      } @else {
        <div class="bs-actions">
          <button mat-stroked-button type="button" (click)="start()">Change advocates</button>
        </div>
      }
    </section>
  `,
})
export class ChangeAdvocatesForm {
  private readonly store = inject(JourneyStore);
  protected readonly fields = FIELDS;
  protected readonly advocates = signal<StaffMember[]>([]);
  protected readonly open = signal(false);
  protected readonly saved = signal<string | null>(null);
  private last: Omit<ReassignAdvocatesRequest, 'version'> | null = null;
  protected readonly current = computed(() => {
    const j = this.store.journey();
    if (!j) return '';
    const second = j.secondaryAdvocateName ? ` Second advocate: ${j.secondaryAdvocateName}.` : ' No second advocate.';
    return `Primary advocate: ${j.primaryAdvocateName ?? 'not named'}.${second}`;
  });
  protected readonly form = new FormGroup({
    primaryAdvocateId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    secondaryAdvocateId: new FormControl('', { nonNullable: true, validators: [differentFromPrimary] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  protected async start(): Promise<void> {
    this.saved.set(null);
    const j = this.store.journey();
    this.form.reset({ primaryAdvocateId: j?.primaryAdvocateId ?? '', secondaryAdvocateId: j?.secondaryAdvocateId ?? '', reason: '' });
    this.flow.errors.set([]);
    this.open.set(true);
    if (!this.advocates().length) {
      const advocates = await this.store.advocates();
      if (advocates) this.advocates.set(advocates);
      else this.flow.errors.set([{ message: 'We could not load the list of advocates. Try again.' }]);
    }
  }

  protected submit(): void {
    this.form.controls.secondaryAdvocateId.updateValueAndValidity();
    if (!this.flow.validate()) return;
    const v = this.form.getRawValue();
    void this.send({ primaryAdvocateId: v.primaryAdvocateId, secondaryAdvocateId: v.secondaryAdvocateId || null, reason: v.reason.trim() });
  }

  protected reapply(): void {
    this.flow.conflict.set(null);
    if (this.last) void this.send(this.last);
  }

  private async send(request: Omit<ReassignAdvocatesRequest, 'version'>): Promise<void> {
    this.last = request;
    await this.flow.send({
      body: request,
      write: () => this.store.reassignAdvocates(request),
      saved: () => {
        this.open.set(false);
        this.saved.set('The advocates have been changed. Both have been told in the app.');
      },
      conflict: 'notice',
    });
  }
}
