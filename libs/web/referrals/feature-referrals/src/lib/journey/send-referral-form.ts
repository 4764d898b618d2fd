import { ChangeDetectionStrategy, Component, computed, inject, output, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { REFERRAL_CONSENT_HOW, type ReferralConsentHow, type ReferralPart, type ReferralView, type SendReferralRequest } from '@beside/shared/contracts';
import { type ApiProblem, type FieldDescriptions, FormFlow } from '@beside/web/core';
import { londonToday } from '@beside/web/journeys/data-access';
import { JourneyReferralsStore } from '@beside/web/referrals/data-access';
import { NEVER_TRAVELS, REFERRAL_CONSENT_HOW_LABELS, REFERRAL_PART_LABELS } from '@beside/web/referrals/ui';
import { CharCount, ErrorSummary } from '@beside/web/ui';
import { startWith } from 'rxjs';

type Field = 'parts' | 'goalIds' | 'how' | 'givenOn' | 'toOrganisationId' | 'reason';

const FIELDS: FieldDescriptions<Field> = {
  parts: { id: 'referral-parts', label: 'What she agreed to share', messages: { required: 'Choose at least one part she agreed to share' } },
  goalIds: { id: 'referral-goals', label: 'Goals she chose', messages: { required: 'Choose the goals she agreed to share, or untick plan items' } },
  how: { id: 'referral-how', label: 'How she gave consent', messages: { required: 'Choose how she gave her consent' } },
  givenOn: {
    id: 'referral-given-on',
    label: 'Date she gave it',
    messages: { required: 'Enter the date she gave her consent', future: 'The date she gave her consent cannot be in the future' },
  },
  toOrganisationId: { id: 'referral-to', label: 'Member organisation', messages: { required: 'Choose the organisation to refer her to' } },
  reason: {
    id: 'referral-reason',
    label: 'Why she is referred',
    messages: { required: 'Say why she is referred', maxlength: 'Make the reason 2,000 characters or fewer' },
  },
};

const PARTS: readonly ReferralPart[] = ['profile', 'safe_contact', 'plan_items'];
const MAX_REASON = 2000;

function atLeastOnePart(group: AbstractControl): ValidationErrors | null {
  return Object.values((group as FormGroup).controls).some((c) => c.value === true) ? null : { required: true };
}

function notInFuture(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value > londonToday() ? { future: true } : null;
}

/** The API names nested fields "consent.parts …": put them on this form's fields. */
export function referralProblem(problem: ApiProblem): ApiProblem {
  return { ...problem, messages: problem.messages.map((m) => m.replace(/^consent\./, '')) };
}

/**
 * Refer her to another member organisation. Her consent comes first: which parts of her record travel (and which goals),
 * how and when she gave it; then where to and why. What never travels is said plainly.
 */
@Component({
  selector: 'bs-send-referral-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary, CharCount],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="send-referral-heading">
      <h4 class="bs-step">1. Her consent</h4>
      <p>Ask her first. Only what she agrees to share goes to the other organisation, copied when you send the referral.</p>
      <p class="bs-never"><strong>Never shared:</strong> {{ neverTravels }}</p>

      <fieldset class="bs-fieldset" formGroupName="parts" [id]="fields.parts.id" tabindex="-1" [class.bs-checkbox--error]="showError('parts')">
        <legend>What she agreed to share</legend>
        @if (showError('parts')) {
          <p class="bs-inline-error">{{ flow.message('parts') }}</p>
        }
        @for (part of parts; track part) {
          <mat-checkbox [formControlName]="part" [id]="'referral-part-' + part">{{ partLabels[part] }}</mat-checkbox>
        }
      </fieldset>

      @if (sharesPlanItems()) {
        <fieldset class="bs-fieldset bs-goals" [id]="fields.goalIds.id" tabindex="-1" [class.bs-checkbox--error]="showError('goalIds')">
          <legend>Goals she chose to share</legend>
          <p class="bs-hint">Their steps go with them.</p>
          @if (showError('goalIds')) {
            <p class="bs-inline-error">{{ flow.message('goalIds') }}</p>
          }
          @for (goal of store.goals(); track goal.id) {
            <mat-checkbox [checked]="chosenGoals().includes(goal.id)" (change)="toggleGoal(goal.id, $event.checked)" [id]="'referral-goal-' + goal.id">
              {{ goal.words }}
            </mat-checkbox>
          } @empty {
            <p>Her plan has no goals yet.</p>
          }
        </fieldset>
      }

      <fieldset class="bs-fieldset" [id]="fields.how.id" tabindex="-1" [class.bs-checkbox--error]="showError('how')">
        <legend>How she gave her consent</legend>
        @if (showError('how')) {
          <p class="bs-inline-error">{{ flow.message('how') }}</p>
        }
        <mat-radio-group formControlName="how" class="bs-radios" aria-label="How she gave her consent">
          @for (how of hows; track how) {
            <mat-radio-button [value]="how">{{ howLabels[how] }}</mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>

      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Date she gave it</mat-label>
        <input matInput type="date" [id]="fields.givenOn.id" formControlName="givenOn" [max]="today" />
        <mat-error>{{ flow.message('givenOn') }}</mat-error>
      </mat-form-field>

      <h4 class="bs-step">2. Where to, and why</h4>
      <fieldset class="bs-fieldset" [id]="fields.toOrganisationId.id" tabindex="-1" [class.bs-checkbox--error]="showError('toOrganisationId')">
        <legend>Member organisation</legend>
        @if (showError('toOrganisationId')) {
          <p class="bs-inline-error">{{ flow.message('toOrganisationId') }}</p>
        }
        <mat-radio-group formControlName="toOrganisationId" class="bs-radios" aria-label="Member organisation">
          @for (d of store.destinations(); track d.organisationId) {
            <mat-radio-button [value]="d.organisationId" [aria-describedby]="'offers-' + d.organisationId">
              <span class="bs-destination">{{ d.name }}</span>
            </mat-radio-button>
            <p class="bs-offers bs-secondary-text" [id]="'offers-' + d.organisationId">{{ d.servicesOffered || 'They have not said what they offer yet.' }}</p>
          } @empty {
            <p>There is no other member organisation to refer her to.</p>
          }
        </mat-radio-group>
      </fieldset>

      <mat-form-field class="bs-field">
        <mat-label>Why she is referred</mat-label>
        <textarea matInput [id]="fields.reason.id" formControlName="reason" rows="4"></textarea>
        <mat-hint>What they offer that we do not, and what she hopes for. <bs-char-count [value]="form.controls.reason.value" [max]="maxReason" /></mat-hint>
        <mat-error>{{ flow.message('reason') }}</mat-error>
      </mat-form-field>

      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Send the referral</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .bs-step {
      font-size: 1.125rem;
      margin: 1.5rem 0 0.5rem;
    }
    .bs-never {
      border-left: 4px solid var(--mat-sys-outline);
      padding-left: 0.75rem;
    }
    .bs-fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1.25rem;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 0.25rem;
    }
    .bs-fieldset.bs-checkbox--error {
      border-left: 5px solid var(--bs-error);
      padding-left: 0.75rem;
    }
    .bs-fieldset mat-checkbox {
      display: block;
    }
    .bs-goals {
      margin-left: 1.5rem;
    }
    .bs-hint {
      margin: 0 0 0.25rem;
    }
    .bs-radios {
      display: flex;
      flex-direction: column;
      --mat-radio-label-text-size: 1rem;
    }
    .bs-destination {
      font-weight: 600;
    }
    .bs-offers {
      margin: -0.25rem 0 0.75rem 2.5rem;
    }
  `,
})
export class SendReferralForm {
  readonly sent = output<ReferralView>();
  readonly cancelled = output<void>();
  protected readonly store = inject(JourneyReferralsStore);
  protected readonly fields = FIELDS;
  protected readonly parts = PARTS;
  protected readonly partLabels = REFERRAL_PART_LABELS;
  protected readonly hows = REFERRAL_CONSENT_HOW;
  protected readonly howLabels = REFERRAL_CONSENT_HOW_LABELS;
  protected readonly neverTravels = NEVER_TRAVELS;
  protected readonly maxReason = MAX_REASON;
  protected readonly today = londonToday();
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    parts: new FormGroup(
      {
        profile: new FormControl(false, { nonNullable: true }),
        safe_contact: new FormControl(false, { nonNullable: true }),
        plan_items: new FormControl(false, { nonNullable: true }),
      },
      { validators: [atLeastOnePart] },
    ),
    goalIds: new FormControl<string[]>([], { nonNullable: true }),
    how: new FormControl<ReferralConsentHow | ''>('', { nonNullable: true, validators: [Validators.required] }),
    givenOn: new FormControl(londonToday(), { nonNullable: true, validators: [Validators.required, notInFuture] }),
    toOrganisationId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_REASON)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });
  private readonly partValues = toSignal(this.form.controls.parts.valueChanges.pipe(startWith(this.form.controls.parts.value)), { requireSync: true });
  protected readonly sharesPlanItems = computed(() => this.partValues().plan_items === true);
  protected readonly chosenGoals = toSignal(this.form.controls.goalIds.valueChanges.pipe(startWith(this.form.controls.goalIds.value)), { requireSync: true });

  constructor() {
    // Goals are needed only while plan items travel.
    this.form.controls.parts.controls.plan_items.valueChanges.pipe(takeUntilDestroyed()).subscribe((on) => {
      const goals = this.form.controls.goalIds;
      goals.setValidators(on ? [Validators.required] : []);
      if (!on) goals.setValue([]);
      goals.updateValueAndValidity();
    });
  }

  protected showError(field: Field): boolean {
    const control = this.form.get(field);
    return !!control && control.invalid && control.touched;
  }

  protected toggleGoal(goalId: string, on: boolean): void {
    const goals = this.form.controls.goalIds;
    goals.setValue(on ? [...goals.value.filter((g) => g !== goalId), goalId] : goals.value.filter((g) => g !== goalId));
    goals.markAsDirty();
    goals.markAsTouched();
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const parts = PARTS.filter((p) => v.parts[p]);
      const request: SendReferralRequest = {
        toOrganisationId: v.toOrganisationId,
        reason: v.reason.trim(),
        consent: {
          parts,
          ...(parts.includes('plan_items') ? { goalIds: v.goalIds } : {}),
          how: v.how as ReferralConsentHow,
          givenOn: v.givenOn,
        },
      };
      return {
        body: request,
        write: (key) => this.store.send(request, key),
        problem: referralProblem,
        saved: (referral) => {
          this.formDir()?.resetForm({
            parts: { profile: false, safe_contact: false, plan_items: false },
            goalIds: [],
            how: '',
            givenOn: londonToday(),
            toOrganisationId: '',
            reason: '',
          });
          this.sent.emit(referral);
        },
      };
    });
  }
}
