import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { MultiAgencyReferralView, SharingDecisionView } from '@beside/shared/contracts';
import { formatLondonDate, londonToday } from '@beside/shared/util';
import { confirmWith, type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MultiAgencyReferralsStore, SharingDecisionsStore } from '@beside/web/safety/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { focusAfterRender } from '../sharing/focus-after-render';
import { RecordSharingForm } from '../sharing/record-sharing-form';
import { notInFuture } from '../sharing/sharing-form-rules';
import { decisionLabel } from '../sharing/sharing-words';

type Field = 'sentOn' | 'reference' | 'sharingDecisionId';

export const NEEDS_DECISION = 'Choose its sharing decision, or record one: a referral cannot be marked sent without its sharing decision';

const FIELDS: FieldDescriptions<Field> = {
  sentOn: { id: 'referral-sent-on', label: 'Date sent', messages: { required: 'Enter the date it was sent', future: 'The date it was sent cannot be in the future' } },
  reference: { id: 'referral-reference', label: 'Their reference', messages: { maxlength: 'Make the reference 100 characters or fewer' } },
  sharingDecisionId: { id: 'referral-sharing-decision', label: 'Sharing decision', messages: { required: NEEDS_DECISION } },
};

/**
 * Mark a referral sent: the day, the agency's reference, and the sharing decision that let her information go — one of
 * this journey's, or recorded here first. Asked once more before it is marked, as the form's words are fixed then.
 */
@Component({
  selector: 'bs-mark-sent-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary, RecordSharingForm],
  templateUrl: './mark-sent-form.html',
  styleUrl: './referral-forms.scss',
})
export class MarkSentForm {
  readonly referral = input.required<MultiAgencyReferralView>();
  /** What changed in words, or null when cancelled. */
  readonly done = output<string | null>();
  private readonly store = inject(MultiAgencyReferralsStore);
  private readonly sharing = inject(SharingDecisionsStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  protected readonly fields = FIELDS;
  protected readonly today = londonToday();
  protected readonly recording = signal(false);
  /** Decisions on her journey not already used by another referral. */
  protected readonly choices = computed(() => this.sharing.decisions().filter((d) => !d.referralId || d.referralId === this.referral().id));
  protected readonly label = decisionLabel;
  protected readonly form = new FormGroup({
    sentOn: new FormControl(londonToday(), { nonNullable: true, validators: [Validators.required, notInFuture] }),
    reference: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] }),
    sharingDecisionId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  protected decisionError(): boolean {
    const c = this.form.controls.sharingDecisionId;
    return c.invalid && c.touched;
  }

  protected startRecording(): void {
    this.recording.set(true);
    focusAfterRender(this.injector, 'inline-sharing-heading');
  }

  protected onRecorded(decision: SharingDecisionView): void {
    this.recording.set(false);
    this.form.controls.sharingDecisionId.setValue(decision.id);
    this.flow.clear();
    focusAfterRender(this.injector, `sharing-choice-${decision.id}-input`);
  }

  protected stopRecording(): void {
    this.recording.set(false);
    focusAfterRender(this.injector, 'record-inline-sharing');
  }

  protected async submit(): Promise<void> {
    if (this.flow.pending() || !this.flow.validate()) return;
    const r = this.referral();
    const v = this.form.getRawValue();
    const go = await confirmWith(this.dialog, {
      title: `Mark the ${r.agencyName} referral as sent?`,
      body: `This records that it went to ${r.sentTo} on ${formatLondonDate(v.sentOn)}, under the sharing decision you chose. Its words can no longer change after this.`,
      confirm: 'Mark as sent',
      cancel: 'Go back',
    });
    if (!go) return;
    const sent = { sentOn: v.sentOn, sharingDecisionId: v.sharingDecisionId, reference: v.reference.trim() || null };
    await this.flow.send({
      body: sent,
      write: (key) => this.store.markSent(r, sent, key),
      saved: () => {
        void this.sharing.reload(sent.sharingDecisionId);
        this.done.emit(`The ${r.agencyName} referral is marked sent on ${formatLondonDate(v.sentOn)}.`);
      },
    });
  }
}
