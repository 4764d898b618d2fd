import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { type ServiceUserProfile, type ServiceUserProfileInput } from '@beside/shared/contracts';
import { FormFlow } from '@beside/web/core';
import { JourneyStore, londonToday, profileControls, profileFormValue, profileFromForm } from '@beside/web/journeys/data-access';
import { type HerDetailsField, HerDetailsFieldset } from '@beside/web/journeys/ui';
import { ConflictNotice, ErrorSummary } from '@beside/web/ui';
import { flattenProfilePaths, PROFILE_FIELDS } from './profile-fields';

/** Her details and safe-contact preferences. Only what the advocate changed is sent, so "apply again" after a conflict keeps the other edit. */
@Component({
  selector: 'bs-profile-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ConflictNotice, ErrorSummary, HerDetailsFieldset],
  templateUrl: './profile-form.html',
})
export class ProfileForm {
  /** Emits true when her details were saved, false when the advocate cancelled. */
  readonly done = output<boolean>();
  private readonly store = inject(JourneyStore);
  protected readonly fields = PROFILE_FIELDS;
  protected readonly today = londonToday();
  /** The profile as it was when the form opened: the changes are measured against it. */
  private baseline: ServiceUserProfile | null = null;

  // Her full name too: staff correct a misspelt one here (the API versions and audits it).
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)] }),
    ...profileControls(),
  });
  protected readonly flow = new FormFlow(this.form, PROFILE_FIELDS);
  protected readonly fieldMessage = (field: HerDetailsField) => this.flow.message(field);

  constructor() {
    this.fill(this.store.profile());
    // The form takes the place of her details: move focus to it, so a screen reader follows.
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => host.querySelector<HTMLElement>('#profile-edit-heading')?.focus());
  }

  protected async save(): Promise<void> {
    if (this.flow.pending() || !this.flow.validate()) return;
    const changes = this.changes();
    if (!Object.keys(changes).length) {
      this.done.emit(false);
      return;
    }
    await this.flow.send({
      body: changes,
      write: () => this.store.updateProfile(changes),
      saved: () => this.done.emit(true),
      // The form now shows what the other person saved, with her own changes on top, ready to apply again.
      conflict: ({ current }) => {
        this.store.useCurrentProfile(current);
        this.fill({ ...current, ...changes } as ServiceUserProfile);
        this.baseline = current;
      },
      problem: (problem) => ({ ...problem, messages: flattenProfilePaths(problem.messages) }),
    });
  }

  protected reapply(): void {
    this.flow.conflict.set(null);
    void this.save();
  }

  /** "Keep the current version": start again from what is saved now. */
  protected keepCurrent(): void {
    this.flow.conflict.set(null);
    this.fill(this.store.profile());
  }

  private fill(profile: ServiceUserProfile | null): void {
    this.baseline = profile;
    if (!profile) return;
    this.form.controls.safeWindows.use(profile.safeContact.safeWindows ?? []);
    this.form.reset({ name: profile.name, ...profileFormValue(profile) });
  }

  /** The fields that differ from the profile she started from. */
  private changes(): ServiceUserProfileInput {
    const before = this.baseline;
    const raw = this.form.getRawValue();
    const next: ServiceUserProfileInput = { name: raw.name.trim(), ...profileFromForm(raw) };
    if (!before) return next;
    const changes: ServiceUserProfileInput = {};
    for (const key of Object.keys(next) as (keyof typeof next)[]) {
      if (JSON.stringify(next[key]) !== JSON.stringify(before[key as keyof ServiceUserProfile])) Object.assign(changes, { [key]: next[key] });
    }
    return changes;
  }
}
