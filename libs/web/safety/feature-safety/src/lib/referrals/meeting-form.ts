import { ChangeDetectionStrategy, Component, inject, input, output, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { MultiAgencyReferralView } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MultiAgencyReferralsStore } from '@beside/web/safety/data-access';
import { ErrorSummary } from '@beside/web/ui';

type Field = 'reference' | 'nextMeetingOn';

const FIELDS: FieldDescriptions<Field> = {
  reference: { id: 'referral-meeting-reference', label: 'Their reference', messages: { maxlength: 'Make the reference 100 characters or fewer' } },
  nextMeetingOn: { id: 'referral-meeting-on', label: 'Next meeting', messages: {} },
};

/** The agency's reference and the next meeting about her (a MARAC, a strategy meeting), changed at any time until closed. */
@Component({
  selector: 'bs-meeting-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="referral-meeting-heading">
      <mat-form-field class="bs-field">
        <mat-label>Their reference (optional)</mat-label>
        <input matInput [id]="fields.reference.id" formControlName="reference" maxlength="100" />
        <mat-error>{{ flow.message('reference') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Next meeting (optional)</mat-label>
        <input matInput type="date" [id]="fields.nextMeetingOn.id" formControlName="nextMeetingOn" />
        <mat-hint>Leave empty when none is set</mat-hint>
        <mat-error>{{ flow.message('nextMeetingOn') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Save</button>
        <button mat-button type="button" (click)="done.emit(null)">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './referral-forms.scss',
})
export class MeetingForm implements OnInit {
  readonly referral = input.required<MultiAgencyReferralView>();
  readonly done = output<string | null>();
  private readonly store = inject(MultiAgencyReferralsStore);
  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({
    reference: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] }),
    nextMeetingOn: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  ngOnInit(): void {
    const r = this.referral();
    this.form.setValue({ reference: r.reference ?? '', nextMeetingOn: r.nextMeetingOn ?? '' });
  }

  protected async submit(): Promise<void> {
    if (!this.form.dirty) {
      this.done.emit(null);
      return;
    }
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const change = { reference: v.reference.trim() || null, nextMeetingOn: v.nextMeetingOn || null };
      return {
        body: change,
        write: () => this.store.update(this.referral(), change),
        saved: () => this.done.emit('The reference and next meeting are saved.'),
      };
    });
  }
}
