import { ChangeDetectionStrategy, Component, computed, inject, input, output, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CreateMultiAgencyReferralRequest, MultiAgencyReferralView } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MultiAgencyReferralsStore } from '@beside/web/safety/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { toSignal } from '@angular/core/rxjs-interop';
import { startWith } from 'rxjs';
import { PrefilledAssessment, prefilledFrom } from './prefilled-assessment';
import { concernLabel } from './referral-words';

type Field = 'agencyKey' | 'sentTo' | 'reason' | 'herViews' | 'othersAtRisk' | 'concernIds';

const FIELDS: FieldDescriptions<Field> = {
  agencyKey: { id: 'referral-agency', label: 'Agency', messages: { required: 'Choose the agency to refer her to' } },
  sentTo: { id: 'referral-sent-to', label: 'To whom', messages: { required: 'Say who at the agency it goes to', maxlength: 'Make who it goes to 300 characters or fewer' } },
  reason: { id: 'referral-reason', label: 'Why this referral', messages: { required: 'Say why you are making this referral', maxlength: 'Make the reason 4,000 characters or fewer' } },
  herViews: { id: 'referral-her-views', label: 'Her views on the referral', messages: { maxlength: 'Make her views 4,000 characters or fewer' } },
  othersAtRisk: { id: 'referral-others', label: 'Children or others at risk', messages: { maxlength: 'Make this 2,000 characters or fewer' } },
  concernIds: { id: 'referral-concerns', label: 'Concerns it is about', messages: {} },
};

/**
 * Start a multi-agency referral: the agency, to whom and why, her views, others at risk and the concerns it is about.
 * The part from her latest risk assessment is filled in and shown read-only. It is kept as a draft until marked sent.
 */
@Component({
  selector: 'bs-start-referral-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary, PrefilledAssessment],
  templateUrl: './start-referral-form.html',
  styleUrl: './referral-forms.scss',
})
export class StartReferralForm implements OnInit {
  /** The agency chosen to begin with (MARAC when the risk assessment recommended it). */
  readonly agencyKey = input<string | null>(null);
  readonly started = output<MultiAgencyReferralView>();
  readonly cancelled = output<void>();
  protected readonly store = inject(MultiAgencyReferralsStore);
  protected readonly fields = FIELDS;
  protected readonly concernLabel = concernLabel;
  protected readonly prefilled = computed(() => prefilledFrom(this.store.latestAssessment()));
  protected readonly form = new FormGroup({
    agencyKey: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    sentTo: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
    herViews: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
    othersAtRisk: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    concernIds: new FormControl<string[]>([], { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });
  private readonly chosenKey = toSignal(this.form.controls.agencyKey.valueChanges.pipe(startWith(this.form.controls.agencyKey.value)), { requireSync: true });
  protected readonly agency = computed(() => this.store.agencies().find((a) => a.key === this.chosenKey()));
  protected readonly linked = toSignal(this.form.controls.concernIds.valueChanges.pipe(startWith(this.form.controls.concernIds.value)), { requireSync: true });

  ngOnInit(): void {
    const key = this.agencyKey();
    if (key) this.form.controls.agencyKey.setValue(key);
  }

  protected toggleConcern(concernId: string, on: boolean): void {
    const control = this.form.controls.concernIds;
    control.setValue(on ? [...control.value.filter((c) => c !== concernId), concernId] : control.value.filter((c) => c !== concernId));
    control.markAsDirty();
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const request: CreateMultiAgencyReferralRequest = {
        agencyKey: v.agencyKey,
        sentTo: v.sentTo.trim(),
        reason: v.reason.trim(),
        herViews: v.herViews.trim() || null,
        othersAtRisk: v.othersAtRisk.trim() || null,
        concernIds: v.concernIds,
      };
      return {
        body: request,
        write: (key) => this.store.create(request, key),
        saved: (referral) => {
          this.form.markAsPristine();
          this.started.emit(referral);
        },
      };
    });
  }
}
