import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  BREAK_GLASS_DAILY_LIMIT,
  BREAK_GLASS_HOURS,
  BREAK_GLASS_REASON_CATEGORIES,
  BREAK_GLASS_REASON_LABELS,
  BREAK_GLASS_REASON_MIN,
  type BreakGlassReasonCategory,
  cleanBreakGlassReason,
  type EmergencyAccess,
} from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow, SessionStore } from '@beside/web/core';
import { EmergencyAccessStore } from '@beside/web/journeys/data-access';
import { ErrorSummary, Notice } from '@beside/web/ui';

type Field = 'reasonCategory' | 'reason';

const FIELDS: FieldDescriptions<Field> = {
  reasonCategory: {
    id: `emergency-reason-category-${BREAK_GLASS_REASON_CATEGORIES[0]}-input`,
    label: 'Why you need it',
    messages: { required: 'Choose why you need emergency access' },
  },
  reason: {
    id: 'emergency-reason',
    label: 'Reason',
    messages: {
      required: 'Say why you need to open this journey',
      realReason: `Say why you need to open this journey, in at least ${BREAK_GLASS_REASON_MIN} characters`,
      maxlength: 'The reason must be 1,000 characters or fewer',
    },
  },
};

/** Spaces and invisible characters do not count, as the API counts them. */
function realReason(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value ?? '';
  return value && cleanBreakGlassReason(value).length < BREAK_GLASS_REASON_MIN ? { realReason: true } : null;
}

/**
 * On "Journey not found", for an advocate: break the glass. Shown for any journey she cannot
 * open, so it says nothing about whether that journey exists.
 */
@Component({
  selector: 'bs-emergency-access-offer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary, Notice],
  template: `
    @if (session.can('journey:break-glass')) {
      <section class="bs-section bs-emergency" aria-labelledby="emergency-heading">
        <h2 id="emergency-heading">Need this journey in an emergency?</h2>
        <p>
          If she may be at risk, or you are covering for her advocate, you can open a journey that is not in your caseload for
          {{ hours }} hours.
        </p>
        @if (!open()) {
          <button mat-stroked-button type="button" (click)="open.set(true)">Ask for emergency access</button>
        } @else {
          <bs-notice kind="warning">
            <p><strong>Managers are told at once</strong> that you opened this journey, and your reason. They review every emergency access.</p>
            <p>
              Access ends after {{ hours }} hours. You can read the journey; you can change it only if she may be at immediate risk
              or you are covering for her advocate. You can use emergency access {{ limit }} times a day.
            </p>
          </bs-notice>
          <bs-error-summary [errors]="flow.errors()" />
          <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="emergency-heading">
            <fieldset class="bs-emergency__kinds" [attr.aria-describedby]="kindError() ? 'emergency-kind-error' : null">
              <legend>Why do you need it?</legend>
              <mat-radio-group formControlName="reasonCategory" aria-label="Why do you need it?">
                @for (kind of kinds; track kind) {
                  <mat-radio-button [id]="'emergency-reason-category-' + kind" [value]="kind">{{ labels[kind] }}</mat-radio-button>
                }
              </mat-radio-group>
              @if (kindError(); as e) {
                <p id="emergency-kind-error" class="bs-inline-error">{{ e }}</p>
              }
            </fieldset>
            <mat-form-field class="bs-emergency__reason">
              <mat-label>Reason</mat-label>
              <textarea matInput [id]="fields.reason.id" formControlName="reason" rows="3" maxlength="1000"></textarea>
              <mat-hint>What has happened, in a sentence. Managers read this.</mat-hint>
              <mat-error>{{ flow.message('reason') }}</mat-error>
            </mat-form-field>
            <div class="bs-actions">
              <button mat-flat-button type="submit" [disabled]="flow.pending()">Open in an emergency</button>
              <button mat-button type="button" (click)="cancel()">Cancel</button>
            </div>
          </form>
        }
      </section>
    }
  `,
  styles: `
    .bs-emergency {
      max-width: 42rem;
      margin-top: 2rem;
    }
    .bs-emergency__kinds {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    .bs-emergency__kinds legend {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .bs-emergency__kinds mat-radio-group {
      display: flex;
      flex-direction: column;
    }
    .bs-emergency__reason {
      width: 100%;
    }
    .bs-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-top: 0.5rem;
    }
  `,
})
export class EmergencyAccessOffer {
  readonly journeyId = input.required<string>();
  /** The access given: the page reads the journey again. */
  readonly granted = output<EmergencyAccess>();
  protected readonly session = inject(SessionStore);
  private readonly store = inject(EmergencyAccessStore);
  protected readonly fields = FIELDS;
  protected readonly kinds = BREAK_GLASS_REASON_CATEGORIES;
  protected readonly labels = BREAK_GLASS_REASON_LABELS;
  protected readonly hours = BREAK_GLASS_HOURS;
  protected readonly limit = BREAK_GLASS_DAILY_LIMIT;
  protected readonly open = signal(false);
  protected readonly form = new FormGroup({
    reasonCategory: new FormControl<BreakGlassReasonCategory | null>(null, { validators: [Validators.required] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(1000), realReason] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  protected kindError(): string | null {
    const control = this.form.controls.reasonCategory;
    return control.touched ? this.flow.message('reasonCategory') : null;
  }

  protected cancel(): void {
    this.open.set(false);
    this.flow.clear();
    this.form.reset();
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const { reasonCategory, reason } = this.form.getRawValue();
      const body = { reasonCategory: reasonCategory as BreakGlassReasonCategory, reason: cleanBreakGlassReason(reason) };
      return { body, write: (key) => this.store.request(this.journeyId(), body, key), saved: (value) => this.granted.emit(value) };
    });
  }
}
