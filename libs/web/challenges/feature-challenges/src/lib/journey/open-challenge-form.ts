import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import type { BankHolidayRegion, ChallengeView, CreateChallengeRequest } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { JourneyChallengesStore } from '@beside/web/challenges/data-access';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { ErrorSummary } from '@beside/web/ui';
import { startWith } from 'rxjs';
import { readableDates } from './challenge-change';
import { limitWords, REGION_LABELS } from './challenge-words';

type Field = 'typeKey' | 'bodyChallenged' | 'herWords' | 'eventOn' | 'awareOn' | 'startedOn' | 'region';

const FIELDS: FieldDescriptions<Field> = {
  typeKey: { id: 'challenge-type', label: 'Kind of challenge', messages: { required: 'Choose the kind of challenge' } },
  bodyChallenged: {
    id: 'challenge-body',
    label: 'Body challenged',
    messages: { required: 'Enter the body she is challenging', maxlength: 'Make the body challenged 300 characters or fewer' },
  },
  herWords: {
    id: 'challenge-her-words',
    label: 'What she wants, in her words',
    messages: { required: 'Write what she wants, in her words', maxlength: 'Make what she wants 4,000 characters or fewer' },
  },
  eventOn: {
    id: 'challenge-event-on',
    label: 'Date of the event or decision',
    messages: { required: 'Enter the date of the event or decision', future: 'The date of the event or decision cannot be in the future' },
  },
  awareOn: { id: 'challenge-aware-on', label: 'When she became aware of it', messages: { future: 'When she became aware cannot be in the future' } },
  startedOn: { id: 'challenge-started-on', label: 'When the first stage began', messages: { future: 'When the first stage began cannot be in the future' } },
  region: { id: 'challenge-region', label: 'Bank holidays', messages: {} },
};

function notInFuture(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value > londonToday() ? { future: true } : null;
}

/** Open a challenge with her: its kind (with the stages and time limits it brings), the body, her words and the dates. */
@Component({
  selector: 'bs-open-challenge-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="open-challenge-heading">
      <mat-form-field class="bs-field">
        <mat-label>Kind of challenge</mat-label>
        <mat-select [id]="fields.typeKey.id" formControlName="typeKey">
          @for (t of store.openableTypes(); track t.key) {
            <mat-option [value]="t.key">{{ t.name }}</mat-option>
          }
        </mat-select>
        <mat-error>{{ flow.message('typeKey') }}</mat-error>
      </mat-form-field>
      @if (type(); as t) {
        <div class="bs-type-preview" aria-live="polite">
          <p><strong>{{ t.name }}</strong>, usually with: {{ t.bodyHint }}</p>
          <p>Its stages and time limits:</p>
          <ol>
            @for (s of t.stages; track s.key) {
              <li>{{ s.name }}: {{ limit(s.limit) }}</li>
            }
          </ol>
        </div>
      }

      <mat-form-field class="bs-field">
        <mat-label>Body challenged</mat-label>
        <input matInput [id]="fields.bodyChallenged.id" formControlName="bodyChallenged" maxlength="300" />
        <mat-hint>{{ type()?.bodyHint || 'The organisation whose decision or care she is challenging' }}</mat-hint>
        <mat-error>{{ flow.message('bodyChallenged') }}</mat-error>
      </mat-form-field>

      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>What she wants, in her words</mat-label>
        <textarea matInput [id]="fields.herWords.id" formControlName="herWords" rows="4"></textarea>
        <mat-hint>Write it as she says it. She sees it in her portal.</mat-hint>
        <mat-error>{{ flow.message('herWords') }}</mat-error>
      </mat-form-field>

      <mat-form-field class="bs-field bs-field--date">
        <mat-label>Date of the event or decision</mat-label>
        <input matInput type="date" [id]="fields.eventOn.id" formControlName="eventOn" [max]="today" />
        <mat-error>{{ flow.message('eventOn') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--date">
        <mat-label>When she became aware of it (optional)</mat-label>
        <input matInput type="date" [id]="fields.awareOn.id" formControlName="awareOn" [max]="today" />
        <mat-hint>If later than the event</mat-hint>
        <mat-error>{{ flow.message('awareOn') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--date">
        <mat-label>When the first stage began</mat-label>
        <input matInput type="date" [id]="fields.startedOn.id" formControlName="startedOn" [max]="today" />
        <mat-hint>Today, unless it began earlier</mat-hint>
        <mat-error>{{ flow.message('startedOn') }}</mat-error>
      </mat-form-field>

      <fieldset class="bs-fieldset" [id]="fields.region.id" tabindex="-1">
        <legend>Bank holidays for counting working days</legend>
        <mat-radio-group formControlName="region" class="bs-radios" aria-label="Bank holidays for counting working days">
          @for (r of regions; track r) {
            <mat-radio-button [value]="r">{{ regionLabels[r] }}</mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>

      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Open the challenge</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .bs-field--wide {
      max-width: 44rem;
    }
    .bs-field--date {
      max-width: 22rem;
    }
    .bs-type-preview {
      border-left: 4px solid var(--mat-sys-outline);
      padding-left: 0.75rem;
      margin: 0 0 1.25rem;
      max-width: 44rem;
    }
    .bs-type-preview p {
      margin: 0;
    }
    .bs-type-preview ol {
      margin: 0.25rem 0 0;
      padding-left: 1.5rem;
    }
    .bs-fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    .bs-radios {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    /* One field under another, as the form reads (Material's own style would set them side by side). */
    mat-form-field.bs-field { display: flex; }
  `,
})
export class OpenChallengeForm {
  readonly opened = output<ChallengeView>();
  readonly cancelled = output<void>();
  protected readonly store = inject(JourneyChallengesStore);
  protected readonly fields = FIELDS;
  protected readonly regions: BankHolidayRegion[] = ['GB-ENG', 'GB-WLS'];
  protected readonly regionLabels = REGION_LABELS;
  protected readonly today = londonToday();
  protected readonly limit = limitWords;
  protected readonly form = new FormGroup({
    typeKey: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    bodyChallenged: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    herWords: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
    eventOn: new FormControl('', { nonNullable: true, validators: [Validators.required, notInFuture] }),
    awareOn: new FormControl('', { nonNullable: true, validators: [notInFuture] }),
    startedOn: new FormControl(londonToday(), { nonNullable: true, validators: [notInFuture] }),
    region: new FormControl<BankHolidayRegion>('GB-ENG', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });
  private readonly typeKey = toSignal(this.form.controls.typeKey.valueChanges.pipe(startWith(this.form.controls.typeKey.value)), { requireSync: true });
  protected readonly type = computed(() => this.store.types().find((t) => t.key === this.typeKey()));

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const request: CreateChallengeRequest = {
        typeKey: v.typeKey,
        bodyChallenged: v.bodyChallenged.trim(),
        herWords: v.herWords.trim(),
        eventOn: v.eventOn,
        awareOn: v.awareOn || null,
        ...(v.startedOn ? { startedOn: v.startedOn } : {}),
        region: v.region,
      };
      return {
        body: request,
        write: (key) => this.store.create(request, key),
        problem: readableDates,
        saved: (challenge) => {
          this.form.markAsPristine();
          this.opened.emit(challenge);
        },
      };
    });
  }
}
