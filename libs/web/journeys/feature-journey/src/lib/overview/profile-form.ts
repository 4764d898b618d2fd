import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, output, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONTACT_CHANNELS, type ServiceUserProfile, type ServiceUserProfileInput } from '@beside/shared/contracts';
import { applyApiProblem, collectFormErrors, fieldErrorMessage } from '@beside/web/core';
import { JourneyStore, londonToday, profileControls, profileFormValue, profileFromForm } from '@beside/web/journeys/data-access';
import { CONTACT_CHANNEL_LABELS, ConflictNotice } from '@beside/web/journeys/ui';
import { ErrorSummary, type ErrorSummaryItem } from '@beside/web/ui';
import { flattenProfilePaths, PROFILE_FIELDS, type ProfileField } from './profile-fields';


/** Her details and safe-contact preferences. Only what the advocate changed is sent, so "apply again" after a conflict keeps the other edit. */
@Component({
  selector: 'bs-profile-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ConflictNotice, ErrorSummary],
  templateUrl: './profile-form.html',
  styleUrl: './profile-form.scss',
})
export class ProfileForm {
  /** Emits true when her details were saved, false when the advocate cancelled. */
  readonly done = output<boolean>();
  private readonly store = inject(JourneyStore);
  protected readonly fields = PROFILE_FIELDS;
  protected readonly channels = CONTACT_CHANNELS;
  protected readonly channelLabels = CONTACT_CHANNEL_LABELS;
  protected readonly today = londonToday();
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly conflict = signal<string | null>(null);
  protected readonly pending = signal(false);
  /** The profile as it was when the form opened: the changes are measured against it. */
  private baseline: ServiceUserProfile | null = null;

  protected readonly form = new FormGroup(profileControls());

  constructor() {
    this.fill(this.store.profile());
    // The form takes the place of her details: move focus to it, so a screen reader follows.
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => host.querySelector<HTMLElement>('#profile-edit-heading')?.focus());
  }

  protected message(field: ProfileField): string | null {
    return fieldErrorMessage(this.form.get(field), PROFILE_FIELDS[field]);
  }

  protected async save(): Promise<void> {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set(collectFormErrors(this.form, PROFILE_FIELDS));
      return;
    }
    const changes = this.changes();
    if (!Object.keys(changes).length) {
      this.done.emit(false);
      return;
    }
    this.pending.set(true);
    const result = await this.store.updateProfile(changes);
    this.pending.set(false);
    if (result.ok) {
      this.done.emit(true);
    } else if (result.conflict) {
      // The form now shows what the other person saved, with her own changes on top, ready to apply again.
      const current = result.conflict.current;
      this.store.useCurrentProfile(current);
      this.fill({ ...current, ...changes } as ServiceUserProfile);
      this.baseline = current;
      this.errors.set([]);
      this.conflict.set(result.problem.messages.join(' '));
    } else {
      const problem = { ...result.problem, messages: flattenProfilePaths(result.problem.messages) };
      this.errors.set(applyApiProblem(this.form, problem, PROFILE_FIELDS));
    }
  }

  protected reapply(): void {
    this.conflict.set(null);
    void this.save();
  }

  /** "Keep the current version": start again from what is saved now. */
  protected keepCurrent(): void {
    this.conflict.set(null);
    this.fill(this.store.profile());
  }

  private fill(profile: ServiceUserProfile | null): void {
    this.baseline = profile;
    if (!profile) return;
    this.form.reset(profileFormValue(profile));
  }

  /** The fields that differ from the profile she started from. */
  private changes(): ServiceUserProfileInput {
    const before = this.baseline;
    const next = profileFromForm(this.form.getRawValue());
    if (!before) return next;
    const changes: ServiceUserProfileInput = {};
    for (const key of Object.keys(next) as (keyof typeof next)[]) {
      if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) Object.assign(changes, { [key]: next[key] });
    }
    return changes;
  }
}
