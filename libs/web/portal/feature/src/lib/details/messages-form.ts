import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { CONSENTED_PURPOSE_WORDS, MESSAGE_CHANNELS, type ConsentedPurpose, type MyDetails } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow, windowValue } from '@beside/web/core';
import { consentFormValue, consentFromForm, flattenMessagingPaths, messagingControls } from '@beside/web/journeys/data-access';
import { SafeWindowsEditor } from '@beside/web/journeys/ui';
import { MyDetailsStore } from '@beside/web/portal/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { CHANGED_ELSEWHERE, followDetails } from './details-form';

type Field = 'safeWindows' | 'textNumber' | 'messageConsent' | 'reminderLeadHours';
const FIELDS: FieldDescriptions<Field> = {
  safeWindows: {
    id: 'my-safe-windows',
    label: 'Safe times',
    messages: { safeWindows: 'Check your safe times: each needs at least one day, and a start and end that are different' },
  },
  textNumber: { id: 'my-text-number', label: 'Your mobile number for texts', messages: { ukMobile: 'Enter a UK mobile number, such as 07700 900123' } },
  messageConsent: { id: 'my-message-consent', label: 'What we may send you', messages: {} },
  reminderLeadHours: { id: 'my-reminder-lead', label: 'When to remind you', messages: {} },
};

/** Invitations are not hers to choose here: she already has her account. */
const HER_PURPOSES: readonly ConsentedPurpose[] = ['reminder', 'message_alert'];
const HER_PURPOSE_WORDS: Record<ConsentedPurpose, string> = {
  ...CONSENTED_PURPOSE_WORDS,
  reminder: 'Reminders of your appointments',
};
const CHANNEL_WORDS = { email: 'By email', text: 'By text' } as const;
const LEAD_WORDS = [
  { hours: 2, label: '2 hours before' },
  { hours: 24, label: 'The day before' },
  { hours: 48, label: '2 days before' },
  { hours: 72, label: '3 days before' },
] as const;

/** "Messages and reminders": when and how Beside may send her anything, in her words. She can give or take back each one. */
@Component({
  selector: 'bs-messages-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary, SafeWindowsEditor],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="messages-heading">
      <p>We only send you something if you say yes below, only a way you ticked as safe above, and only at your safe times. Our messages never name us or say what they are about.</p>
      <bs-safe-windows-editor [windows]="form.controls.safeWindows" idPrefix="my" person="you" [errors]="flow.errors()" />

      <mat-form-field>
        <mat-label>Your mobile number for texts (optional)</mat-label>
        <input matInput type="tel" [id]="fields.textNumber.id" formControlName="textNumber" autocomplete="tel" />
        <mat-hint>Only if it is safe for us to text you. A UK mobile, such as 07700 900123</mat-hint>
        <mat-error>{{ flow.message('textNumber') }}</mat-error>
      </mat-form-field>

      <fieldset class="bs-fieldset" formGroupName="messageConsent" [id]="fields.messageConsent.id" tabindex="-1">
        <legend>What we may send you, and how</legend>
        <p class="bs-hint">Leave both boxes empty to say no. You can change this at any time.</p>
        @for (purpose of purposes; track purpose) {
          <fieldset class="bs-consent" [formGroupName]="purpose">
            <legend>{{ purposeWords[purpose] }}</legend>
            @for (channel of channels; track channel) {
              <mat-checkbox [formControlName]="channel" [id]="'my-consent-' + purpose + '-' + channel">{{ channelWords[channel] }}</mat-checkbox>
            }
          </fieldset>
        }
      </fieldset>

      <fieldset class="bs-fieldset" [id]="fields.reminderLeadHours.id" tabindex="-1">
        <legend>When to remind you of an appointment</legend>
        <mat-radio-group formControlName="reminderLeadHours" class="bs-radios" aria-label="When to remind you of an appointment">
          <mat-radio-button [value]="null">No reminders</mat-radio-button>
          @for (lead of leads; track lead.hours) {
            <mat-radio-button [value]="lead.hours">{{ lead.label }}</mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>

      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Save messages and reminders</button>
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
    .bs-fieldset,
    .bs-consent {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    .bs-consent legend {
      font-weight: 400;
    }
    .bs-hint {
      margin: 0.25rem 0 0.5rem;
    }
    .bs-consent mat-checkbox {
      margin-right: 1rem;
    }
    .bs-radios {
      display: flex;
      flex-direction: column;
    }
  `,
})
export class MessagesForm {
  private readonly store = inject(MyDetailsStore);
  protected readonly fields = FIELDS;
  protected readonly purposes = HER_PURPOSES;
  protected readonly purposeWords = HER_PURPOSE_WORDS;
  protected readonly channels = MESSAGE_CHANNELS;
  protected readonly channelWords = CHANNEL_WORDS;
  protected readonly leads = LEAD_WORDS;
  protected readonly status = signal<string | null>(null);
  protected readonly form = new FormGroup(messagingControls());
  protected readonly flow = new FormFlow(this.form, FIELDS);

  constructor() {
    followDetails(this.store, this.form, (d) => this.fill(d));
  }

  private fill(d: MyDetails): void {
    const c = d.safeContact;
    this.form.controls.safeWindows.use(c.safeWindows ?? []);
    this.form.reset({
      safeWindows: (c.safeWindows ?? []).map(windowValue),
      safeWindowsReviewed: c.safeWindowsReviewed,
      textNumber: c.textNumber ?? '',
      messageConsent: consentFormValue(c.messageConsent),
      reminderLeadHours: c.reminderLeadHours,
    });
  }

  protected async submit(): Promise<void> {
    this.status.set(null);
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const agreed = consentFromForm(v.messageConsent);
      const saved = this.store.details()?.safeContact;
      const safeContact = {
        // The API asks for these two with any safe contact: as they are saved (the other form changes them).
        channels: saved?.channels ?? [],
        voicemailAllowed: saved?.voicemailAllowed ?? false,
        safeWindows: this.form.controls.safeWindows.windows(),
        textNumber: v.textNumber.trim() || null,
        // Her invitation is behind her: it stays as it was.
        messageConsent: { ...agreed, invitation: saved?.messageConsent.invitation ?? [] },
        reminderLeadHours: v.reminderLeadHours,
      };
      return {
        body: safeContact,
        write: () => this.store.save({ safeContact }),
        saved: (details) => {
          this.fill(details);
          this.status.set('Saved. We will send you only what you said yes to.');
        },
        problem: (problem) => ({ ...problem, messages: problem.messages.map(flattenMessagingPaths) }),
        conflict: (conflict) => {
          this.fill(conflict.current);
          this.flow.errors.set([{ message: CHANGED_ELSEWHERE }]);
        },
      };
    });
  }
}
