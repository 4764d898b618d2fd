import { ChangeDetectionStrategy, Component, inject, input, output, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { MoveReferralStatusRequest, MultiAgencyReferralView } from '@beside/shared/contracts';
import { formatLondonDate, londonToday } from '@beside/shared/util';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MultiAgencyReferralsStore } from '@beside/web/safety/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { notInFuture } from '../sharing/sharing-form-rules';
import { REFERRAL_STATUS_WORDS, type ReferralMove } from './referral-words';

type Field = 'status' | 'on' | 'note' | 'nextMeetingOn';

const FIELDS: FieldDescriptions<Field> = {
  status: { id: 'referral-move-status', label: 'Status', messages: { required: 'Choose where the referral has got to' } },
  on: { id: 'referral-move-on', label: 'Date', messages: { required: 'Enter the date', future: 'The date cannot be in the future' } },
  note: { id: 'referral-move-note', label: 'Note', messages: { maxlength: 'Make the note 2,000 characters or fewer' } },
  nextMeetingOn: { id: 'referral-move-meeting', label: 'Next meeting', messages: {} },
};

/** The next step on a referral's road (forward only; a step may be skipped): which, when, a note, and the next meeting. */
@Component({
  selector: 'bs-move-status-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="referral-move-heading">
      <fieldset class="bs-fieldset" [id]="fields.status.id" tabindex="-1">
        <legend>Where it has got to</legend>
        <p class="bs-secondary-text">A status only moves forward.</p>
        <mat-radio-group formControlName="status" class="bs-radios" aria-label="Where it has got to">
          @for (m of moves(); track m) {
            <mat-radio-button [value]="m">{{ words[m] }}</mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Date</mat-label>
        <input matInput type="date" [id]="fields.on.id" formControlName="on" [max]="today" />
        <mat-error>{{ flow.message('on') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Note (optional)</mat-label>
        <textarea matInput [id]="fields.note.id" formControlName="note" rows="3"></textarea>
        <mat-hint>What the agency said or decided</mat-hint>
        <mat-error>{{ flow.message('note') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Next meeting (optional)</mat-label>
        <input matInput type="date" [id]="fields.nextMeetingOn.id" formControlName="nextMeetingOn" />
        <mat-error>{{ flow.message('nextMeetingOn') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Record this step</button>
        <button mat-button type="button" (click)="done.emit(null)">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './referral-forms.scss',
})
export class MoveStatusForm implements OnInit {
  readonly referral = input.required<MultiAgencyReferralView>();
  readonly moves = input.required<ReferralMove[]>();
  readonly done = output<string | null>();
  private readonly store = inject(MultiAgencyReferralsStore);
  protected readonly fields = FIELDS;
  protected readonly words = REFERRAL_STATUS_WORDS;
  protected readonly today = londonToday();
  protected readonly form = new FormGroup({
    status: new FormControl<ReferralMove | ''>('', { nonNullable: true, validators: [Validators.required] }),
    on: new FormControl(londonToday(), { nonNullable: true, validators: [Validators.required, notInFuture] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    nextMeetingOn: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  ngOnInit(): void {
    this.form.patchValue({ status: this.moves()[0] ?? '', nextMeetingOn: this.referral().nextMeetingOn ?? '' });
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const r = this.referral();
      const move: Omit<MoveReferralStatusRequest, 'version'> = {
        status: v.status as ReferralMove,
        on: v.on,
        note: v.note.trim() || null,
        ...(v.nextMeetingOn !== (r.nextMeetingOn ?? '') ? { nextMeetingOn: v.nextMeetingOn || null } : {}),
      };
      return {
        body: move,
        write: (key) => this.store.move(r, move, key),
        saved: () => this.done.emit(`The ${r.agencyName} referral is now “${REFERRAL_STATUS_WORDS[move.status].toLowerCase()}”, ${formatLondonDate(v.on)}.`),
      };
    });
  }
}
