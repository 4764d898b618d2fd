import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONTACT_CHANNELS, type ContactChannel, type MyDetails } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow, trackUnsavedChanges } from '@beside/web/core';
import { MyDetailsStore } from '@beside/web/portal/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';
import { CHANNEL_WORDS } from '../shared/labels';

const FIELDS: FieldDescriptions = {
  preferredName: { id: 'my-preferred-name', label: 'The name you like to be called', messages: { maxlength: 'Make your name shorter: up to 200 characters' } },
  pronouns: { id: 'my-pronouns', label: 'Your pronouns', messages: { maxlength: 'Make your pronouns shorter: up to 60 characters' } },
  accessibilityNeeds: { id: 'my-access-needs', label: 'What helps you', messages: { maxlength: 'Make it shorter: up to 2,000 characters' } },
  safeTimes: { id: 'my-safe-times', label: 'Safe times to contact you', messages: {} },
  codeWord: { id: 'my-code-word', label: 'Code word', messages: {} },
};

/**
 * Keeps a form of her details page showing what is saved, until she starts changing it; leaving with changes asks first.
 * Both forms of the page save to the same record, so each shows what the other saved.
 */
export function followDetails(store: MyDetailsStore, form: FormGroup, fill: (details: MyDetails) => void): void {
  trackUnsavedChanges(() => form.dirty);
  effect(() => {
    const details = store.details();
    if (details && !form.dirty) fill(details);
  });
}

/** What her page says when a save meets a newer version (her page has no conflict notice). */
export const CHANGED_ELSEWHERE = 'Your details changed somewhere else. We are showing the newest version. Please check and save again.';

/** Her details and how to contact her safely. Staff see changes at once. */
@Component({
  selector: 'bs-details-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="details-heading">
      <mat-form-field>
        <mat-label>The name you like to be called</mat-label>
        <input matInput id="my-preferred-name" formControlName="preferredName" autocomplete="nickname" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Your pronouns (optional)</mat-label>
        <input matInput id="my-pronouns" formControlName="pronouns" />
        <mat-hint>For example: she/her</mat-hint>
      </mat-form-field>
      <mat-form-field>
        <mat-label>What helps you (optional)</mat-label>
        <textarea matInput id="my-access-needs" formControlName="accessibilityNeeds" rows="3"></textarea>
        <mat-hint>For example: large print, a quiet room, extra time. <bs-char-count [value]="form.controls.accessibilityNeeds.value" [max]="2000" /></mat-hint>
      </mat-form-field>

      <h3 id="safe-contact-heading">How we contact you safely</h3>
      <fieldset class="bs-fieldset" formGroupName="channels">
        <legend>Ways we may contact you</legend>
        @for (c of channels; track c) {
          <mat-checkbox [formControlName]="c">{{ channelWords[c] }}</mat-checkbox>
        }
      </fieldset>
      <mat-form-field>
        <mat-label>Safe times (optional)</mat-label>
        <input matInput id="my-safe-times" formControlName="safeTimes" />
        <mat-hint>When it is safe to contact you. For example: weekdays 10am to 2pm</mat-hint>
      </mat-form-field>
      <mat-checkbox class="bs-voicemail" formControlName="voicemailAllowed">We may leave a voicemail</mat-checkbox>
      <mat-form-field>
        <mat-label>Code word (optional)</mat-label>
        <input matInput id="my-code-word" formControlName="codeWord" autocomplete="off" />
        <mat-hint>If you say this word, we will know it is not safe to talk</mat-hint>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Save my details</button>
      </div>
      @if (status()) {
        <p role="status">{{ status() }}</p>
      }
    </form>
  `,
  styles: `
    mat-form-field {
      width: 100%;
      margin-bottom: 1.25rem;
    }
    .bs-fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      display: flex;
      flex-direction: column;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    mat-checkbox {
      display: block;
    }
    .bs-voicemail {
      margin: 0 0 1.25rem;
    }
  `,
})
export class DetailsForm {
  private readonly store = inject(MyDetailsStore);
  protected readonly channels = CONTACT_CHANNELS;
  protected readonly channelWords = CHANNEL_WORDS;
  protected readonly status = signal<string | null>(null);
  protected readonly form = new FormGroup({
    preferredName: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    pronouns: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(60)] }),
    accessibilityNeeds: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    channels: new FormGroup(
      Object.fromEntries(CONTACT_CHANNELS.map((c) => [c, new FormControl(false, { nonNullable: true })])) as Record<ContactChannel, FormControl<boolean>>,
    ),
    safeTimes: new FormControl('', { nonNullable: true }),
    voicemailAllowed: new FormControl(false, { nonNullable: true }),
    codeWord: new FormControl('', { nonNullable: true }),
  });
  /** One save at a time: a second click would meet the first save as a stale version. */
  protected readonly flow = new FormFlow(this.form, FIELDS);

  constructor() {
    followDetails(this.store, this.form, (d) => this.fill(d));
  }

  private fill(d: MyDetails): void {
    this.form.reset({
      preferredName: d.preferredName ?? '',
      pronouns: d.pronouns ?? '',
      accessibilityNeeds: d.accessibilityNeeds ?? '',
      channels: Object.fromEntries(CONTACT_CHANNELS.map((c) => [c, d.safeContact.channels.includes(c)])) as Record<ContactChannel, boolean>,
      safeTimes: d.safeContact.safeTimes ?? '',
      voicemailAllowed: d.safeContact.voicemailAllowed,
      codeWord: d.safeContact.codeWord ?? '',
    });
  }

  protected async submit(): Promise<void> {
    this.status.set(null);
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      return {
        body: v,
        write: () =>
          this.store.save({
            preferredName: v.preferredName.trim() || null,
            pronouns: v.pronouns.trim() || null,
            accessibilityNeeds: v.accessibilityNeeds.trim() || null,
            safeContact: {
              channels: CONTACT_CHANNELS.filter((c) => v.channels[c]),
              safeTimes: v.safeTimes.trim() || null,
              voicemailAllowed: v.voicemailAllowed,
              codeWord: v.codeWord.trim() || null,
            },
          }),
        saved: (details) => {
          this.fill(details);
          this.status.set('Your details are saved. Your advocate can see them now.');
        },
        // Her page has no conflict notice: the summary says what happened, over the newest version.
        conflict: (conflict) => {
          this.fill(conflict.current);
          this.flow.errors.set([{ message: CHANGED_ELSEWHERE }]);
        },
      };
    });
  }
}
