import { ChangeDetectionStrategy, Component, computed, inject, input, output, type OnInit } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  SHARING_CONSIDERATION_WORDS,
  SHARING_CONSIDERATIONS,
  SHARING_LAWFUL_BASES,
  SHARING_LAWFUL_BASIS_WORDS,
  type CreateSharingDecisionRequest,
  type SharingConsideration,
  type SharingDecisionView,
  type SharingLawfulBasis,
} from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { SharingDecisionsStore } from '@beside/web/safety/data-access';
import { confirmWith, FormFlow } from '@beside/web/core';
import { ErrorSummary } from '@beside/web/ui';
import { merge, startWith } from 'rxjs';
import { sharingFields } from './record-sharing-fields';
import { consentAnswered, heldBack, notInFuture, requiredWhen, withoutConsent } from './sharing-form-rules';

let nextForm = 0;

/**
 * Record a decision to share her information with another agency: what, with whom, when, and whether she consented.
 * Without her consent: the lawful basis, what was weighed, the reasoning, and whether she is shown it or it is held back
 * (a documented safeguarding exemption, with its reason); a manager reviews it.
 */
@Component({
  selector: 'bs-record-sharing-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary],
  templateUrl: './record-sharing-form.html',
  styleUrl: './sharing-forms.scss',
})
export class RecordSharingForm implements OnInit {
  /** The id of the heading the form sits under. */
  readonly labelledBy = input.required<string>();
  /** The referral it lets go, when recorded while marking one sent. */
  readonly referralId = input<string | null>(null);
  /** With whom, filled in (the referral's agency and person). */
  readonly suggestedWith = input<string>('');
  readonly suggestedWhat = input<string>('');
  readonly recorded = output<SharingDecisionView>();
  readonly cancelled = output<void>();
  private readonly store = inject(SharingDecisionsStore);
  private readonly dialog = inject(MatDialog);
  protected readonly fields = sharingFields(`sharing-${nextForm++}`);
  protected readonly considerations = SHARING_CONSIDERATIONS;
  protected readonly considerationWords = SHARING_CONSIDERATION_WORDS;
  protected readonly basisWords = SHARING_LAWFUL_BASIS_WORDS;
  protected readonly today = londonToday();
  protected readonly form = new FormGroup({
    what: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
    sharedWith: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    sharedOn: new FormControl(londonToday(), { nonNullable: true, validators: [Validators.required, notInFuture] }),
    withConsent: new FormControl<'yes' | 'no' | ''>('', { nonNullable: true, validators: [Validators.required] }),
    lawfulBasis: new FormControl<SharingLawfulBasis | ''>('', { nonNullable: true, validators: [requiredWhen(consentAnswered)] }),
    considerations: new FormControl<SharingConsideration[]>([], { nonNullable: true }),
    reasoning: new FormControl('', { nonNullable: true, validators: [requiredWhen(withoutConsent), Validators.maxLength(4000)] }),
    shownToHer: new FormControl<'shown' | 'held'>('shown', { nonNullable: true }),
    heldBackReason: new FormControl('', { nonNullable: true, validators: [requiredWhen(heldBack), Validators.maxLength(1000)] }),
  });
  protected readonly flow = new FormFlow(this.form, this.fields, { unsavedChanges: true });
  private readonly value = toSignal(this.form.valueChanges.pipe(startWith(this.form.value)), { requireSync: true });
  protected readonly consent = computed(() => this.value().withConsent ?? '');
  protected readonly holdingBack = computed(() => this.value().withConsent === 'no' && this.value().shownToHer === 'held');
  protected readonly chosen = computed(() => this.value().considerations ?? []);
  /** Her explicit consent is a basis only when she gave it. */
  protected readonly bases = computed(() => SHARING_LAWFUL_BASES.filter((b) => this.consent() !== 'no' || b !== 'explicit_consent'));

  constructor() {
    const c = this.form.controls;
    c.withConsent.valueChanges.pipe(takeUntilDestroyed()).subscribe((consent) => {
      if (consent === 'yes' && !c.lawfulBasis.value) c.lawfulBasis.setValue('explicit_consent');
      if (consent === 'no' && c.lawfulBasis.value === 'explicit_consent') c.lawfulBasis.setValue('');
    });
    merge(c.withConsent.valueChanges, c.shownToHer.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        c.lawfulBasis.updateValueAndValidity({ emitEvent: false });
        c.reasoning.updateValueAndValidity({ emitEvent: false });
        c.heldBackReason.updateValueAndValidity({ emitEvent: false });
      });
  }

  ngOnInit(): void {
    this.form.patchValue({ sharedWith: this.suggestedWith(), what: this.suggestedWhat() });
    this.form.markAsPristine();
  }

  protected showError(field: 'withConsent' | 'lawfulBasis'): boolean {
    const control = this.form.get(field);
    return !!control && control.invalid && control.touched;
  }

  protected toggle(consideration: SharingConsideration, on: boolean): void {
    const control = this.form.controls.considerations;
    const rest = control.value.filter((c) => c !== consideration);
    control.setValue(on ? SHARING_CONSIDERATIONS.filter((c) => c === consideration || rest.includes(c)) : rest);
    control.markAsDirty();
  }

  protected async submit(): Promise<void> {
    if (this.flow.pending() || !this.flow.validate()) return;
    const request = this.request();
    if (request.shownToHer === false) {
      const hold = await confirmWith(this.dialog, {
        title: 'Hold this back from her?',
        body: 'She will not see this sharing in her portal. Hold it back only when showing it would put her or someone else at risk. A manager will review the decision.',
        confirm: 'Record and hold back',
        cancel: 'Go back',
      });
      if (!hold) return;
    }
    await this.flow.send({
      body: request,
      write: (key) => this.store.create(request, key),
      saved: (decision) => {
        this.form.markAsPristine();
        this.recorded.emit(decision);
      },
    });
  }

  private request(): CreateSharingDecisionRequest {
    const v = this.form.getRawValue();
    const base = { what: v.what.trim(), sharedWith: v.sharedWith.trim(), sharedOn: v.sharedOn, lawfulBasis: v.lawfulBasis as SharingLawfulBasis, ...(this.referralId() ? { referralId: this.referralId() } : {}) };
    if (v.withConsent === 'yes') return { ...base, withConsent: true };
    const held = v.shownToHer === 'held';
    return { ...base, withConsent: false, considerations: v.considerations, reasoning: v.reasoning.trim(), shownToHer: !held, heldBackReason: held ? v.heldBackReason.trim() : null };
  }
}
