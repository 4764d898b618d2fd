import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { CONSENTED_PURPOSE_WORDS, CONSENTED_PURPOSES, CONTACT_CHANNELS, MESSAGE_CHANNELS } from '@beside/shared/contracts';
import { CharCount, IN_PARENT_FORM, type WeekWindowsEditing } from '@beside/web/ui';
import { CONTACT_CHANNEL_LABELS, MESSAGE_CHANNEL_LABELS, REMINDER_LEAD_LABELS } from '../labels';
import { SafeWindowsEditor } from '../safe-windows/safe-windows-editor';

export type HerDetailsField =
  | 'name'
  | 'preferredName'
  | 'pronouns'
  | 'dateOfBirth'
  | 'languages'
  | 'accessibilityNeeds'
  | 'channels'
  | 'safeTimes'
  | 'codeWord'
  | 'safeWindows'
  | 'textNumber'
  | 'messageConsent'
  | 'reminderLeadHours';

/**
 * "About her" and "Safe contact": the fields intake and the profile form both ask, bound to the controls of the form
 * around it (`profileControls()` plus `name`). The form keeps its own submit, summary and field descriptions.
 */
@Component({
  selector: 'bs-her-details-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatRadioModule, CharCount, SafeWindowsEditor],
  // The controls belong to the enclosing form's [formGroup].
  viewProviders: IN_PARENT_FORM,
  host: { '[class.bs-her-details--intake]': "variant() === 'intake'" },
  templateUrl: './her-details-fieldset.html',
  styleUrl: './her-details-fieldset.scss',
})
export class HerDetailsFieldset {
  /** Intake records someone new; the profile form corrects what is recorded. */
  readonly variant = input.required<'intake' | 'profile'>();
  readonly ids = input.required<Record<HerDetailsField, { id: string }>>();
  /** The message under a field, or null. */
  readonly message = input.required<(field: HerDetailsField) => string | null>();
  /** The form's error summary: a new list (after a submit) shows the fields' messages again. */
  readonly errors = input.required<readonly unknown[]>();
  /** The latest date of birth allowed. */
  readonly today = input.required<string>();
  protected readonly channels = CONTACT_CHANNELS;
  protected readonly channelLabels = CONTACT_CHANNEL_LABELS;
  protected readonly purposes = CONSENTED_PURPOSES;
  protected readonly purposeWords = CONSENTED_PURPOSE_WORDS;
  protected readonly messageChannels = MESSAGE_CHANNELS;
  protected readonly messageChannelLabels = MESSAGE_CHANNEL_LABELS;
  protected readonly leadTimes = REMINDER_LEAD_LABELS;
  private readonly container = inject(ControlContainer);

  protected show(field: HerDetailsField): string | null {
    this.errors();
    return this.message()(field);
  }

  protected get windows(): WeekWindowsEditing {
    return this.container.control?.get('safeWindows') as WeekWindowsEditing;
  }

  /** Her words exist and nobody has yet turned them into times with her. */
  protected needsReview(): boolean {
    this.errors();
    return !!this.value('safeTimes').trim() && this.container.control?.get('safeWindowsReviewed')?.value !== true;
  }

  protected value(name: string): string {
    return (this.container.control?.get(name)?.value as string | undefined) ?? '';
  }
}
