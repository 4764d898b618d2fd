import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONTACT_CHANNELS, type ContactChannel, type MyDetails } from '@beside/shared/contracts';
import { applyApiProblem, type FieldDescriptions } from '@beside/web/core';
import { MyDetailsStore } from '@beside/web/portal/data-access';
import { ErrorSummary, type ErrorSummaryItem } from '@beside/web/ui';
import { CHANNEL_WORDS } from '../shared/labels';

const FIELDS: FieldDescriptions = {
  preferredName: { id: 'my-preferred-name', label: 'The name you like to be called', messages: {} },
  pronouns: { id: 'my-pronouns', label: 'Your pronouns', messages: {} },
  accessibilityNeeds: { id: 'my-access-needs', label: 'What helps you', messages: {} },
  safeTimes: { id: 'my-safe-times', label: 'Safe times to contact you', messages: {} },
  codeWord: { id: 'my-code-word', label: 'Code word', messages: {} },
};

/** Her details and how to contact her safely. Staff see changes at once. */
@Component({
  selector: 'bs-details-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="errors()" />
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
        <mat-hint>For example: large print, a quiet room, extra time</mat-hint>
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
        <button mat-flat-button type="submit">Save my details</button>
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
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly status = signal<string | null>(null);
  protected readonly form = new FormGroup({
    preferredName: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    pronouns: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] }),
    accessibilityNeeds: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    channels: new FormGroup(
      Object.fromEntries(CONTACT_CHANNELS.map((c) => [c, new FormControl(false, { nonNullable: true })])) as Record<ContactChannel, FormControl<boolean>>,
    ),
    safeTimes: new FormControl('', { nonNullable: true }),
    voicemailAllowed: new FormControl(false, { nonNullable: true }),
    codeWord: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const details = this.store.details();
      if (details && !this.form.dirty) this.fill(details);
    });
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
    const v = this.form.getRawValue();
    const result = await this.store.save({
      preferredName: v.preferredName.trim() || null,
      pronouns: v.pronouns.trim() || null,
      accessibilityNeeds: v.accessibilityNeeds.trim() || null,
      safeContact: {
        channels: CONTACT_CHANNELS.filter((c) => v.channels[c]),
        safeTimes: v.safeTimes.trim() || null,
        voicemailAllowed: v.voicemailAllowed,
        codeWord: v.codeWord.trim() || null,
      },
    });
    if (result.ok) {
      this.errors.set([]);
      this.fill(result.value);
      this.status.set('Your details are saved. Your advocate can see them now.');
    } else if (result.conflict) {
      this.fill(result.conflict.current);
      this.errors.set([{ message: 'Your details changed somewhere else. We are showing the newest version. Please check and save again.' }]);
    } else {
      this.errors.set(applyApiProblem(this.form, result.problem, FIELDS));
    }
  }
}
