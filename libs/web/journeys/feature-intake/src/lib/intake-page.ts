import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { INTAKE_REFERRAL_SOURCES, type IntakeRequest, type ReferralSource } from '@beside/shared/contracts';
import { FlashNotice, FormFlow, SessionStore } from '@beside/web/core';
import { IntakeStore, londonToday, profileControls, profileFromForm } from '@beside/web/journeys/data-access';
import { type HerDetailsField, HerDetailsFieldset, REFERRAL_SOURCE_LABELS } from '@beside/web/journeys/ui';
import { CharCount, ErrorSummary, PageHeader } from '@beside/web/ui';
import { flattenFieldPaths, INTAKE_FIELDS } from './intake-fields';

const text = (max: number, required = false) =>
  new FormControl('', { nonNullable: true, validators: [...(required ? [Validators.required] : []), Validators.maxLength(max)] });

@Component({
  selector: 'bs-intake-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    CharCount,
    ErrorSummary,
    HerDetailsFieldset,
    PageHeader,
  ],
  providers: [IntakeStore],
  templateUrl: './intake-page.html',
  styleUrl: './intake-page.scss',
})
export class IntakePage {
  protected readonly store = inject(IntakeStore);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  protected readonly fields = INTAKE_FIELDS;
  protected readonly sources = INTAKE_REFERRAL_SOURCES;
  protected readonly sourceLabels = REFERRAL_SOURCE_LABELS;
  protected readonly today = londonToday();
  protected readonly isAdvocate = this.session.role() === 'advocate';
  protected readonly me = this.session.user()?.id ?? '';
  /** The API's limits, shown as she types. */
  protected readonly limits = { referralReason: 4000, accessibilityNeeds: 2000 } as const;
  protected readonly who = new FormControl<'new' | 'existing'>('new', { nonNullable: true });
  protected readonly existingSearch = new FormControl('', { nonNullable: true });

  protected readonly form = new FormGroup({
    serviceUserId: new FormControl('', { nonNullable: true }),
    name: text(200, true),
    ...profileControls(),
    referralSource: new FormControl<ReferralSource | ''>('', { nonNullable: true, validators: [Validators.required] }),
    referralDate: new FormControl(this.today, { nonNullable: true, validators: [Validators.required] }),
    referralReason: text(this.limits.referralReason, true),
    // An advocate is her primary advocate unless she chooses a colleague; a manager always chooses.
    primaryAdvocateId: new FormControl(this.isAdvocate ? this.me : '', { nonNullable: true, validators: [Validators.required] }),
    secondaryAdvocateId: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, INTAKE_FIELDS, { unsavedChanges: () => this.form.dirty || this.who.dirty });
  protected readonly fieldMessage = (field: HerDetailsField) => this.flow.message(field);
  private readonly primary = toSignal(this.form.controls.primaryAdvocateId.valueChanges, {
    initialValue: this.form.controls.primaryAdvocateId.value,
  });
  protected readonly secondaryChoices = computed(() => this.store.advocates().filter((a) => a.id !== this.primary()));

  constructor() {
    // Back, a link or closing the tab asks before what she typed is lost.
    void this.store.loadAdvocates();
    this.who.valueChanges.subscribe((who) => this.useExisting(who === 'existing'));
    this.form.controls.primaryAdvocateId.valueChanges.subscribe((id) => {
      const secondary = this.form.controls.secondaryAdvocateId;
      if (id && secondary.value === id) secondary.setValue('');
    });
  }

  protected find(): void {
    void this.store.findServiceUsers(this.existingSearch.value);
  }

  private useExisting(existing: boolean): void {
    const id = this.form.controls.serviceUserId;
    const name = this.form.controls.name;
    id.setValidators(existing ? [Validators.required] : []);
    name.setValidators(existing ? [] : [Validators.required, Validators.maxLength(200)]);
    id.updateValueAndValidity();
    name.updateValueAndValidity();
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const request = this.request();
      return {
        body: request,
        write: (key) => this.store.record(request, key),
        saved: (journey) => {
          // Saved: moving on to her journey loses nothing.
          this.form.markAsPristine();
          this.who.markAsPristine();
          this.flash.set('The referral has been recorded.');
          void this.router.navigate(['/journeys', journey.id]);
        },
        // A 4xx keeps everything she typed: only the messages change.
        problem: (problem) => ({ ...problem, messages: flattenFieldPaths(problem.messages) }),
      };
    });
  }

  private request(): IntakeRequest {
    const v = this.form.getRawValue();
    const base = {
      referralSource: v.referralSource as ReferralSource,
      referralDate: v.referralDate,
      referralReason: v.referralReason.trim(),
      primaryAdvocateId: v.primaryAdvocateId,
      ...(v.secondaryAdvocateId ? { secondaryAdvocateId: v.secondaryAdvocateId } : {}),
    };
    if (this.who.value === 'existing') return { ...base, serviceUserId: v.serviceUserId };
    return {
      ...base,
      serviceUser: {
        name: v.name.trim(),
        ...profileFromForm(v),
      },
    };
  }
}
