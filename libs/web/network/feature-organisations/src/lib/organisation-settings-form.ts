import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { MemberOrganisationView, UpdateOrganisationRequest } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MemberOrganisationsStore } from '@beside/web/network/data-access';
import { ConflictNotice, ErrorSummary, FormField, Notice } from '@beside/web/ui';
import {
  flattenOrganisationPaths,
  type SettingsField,
  settingsControls,
  settingsFields,
  settingsFormValue,
  settingsFromForm,
} from './organisation-form-model';
import { OrganisationSettingsFieldset } from './organisation-settings-fieldset';

type Field = 'name' | SettingsField;

const FIELDS: FieldDescriptions<Field> = {
  name: {
    id: 'edit-organisation-name',
    label: 'Name of the organisation',
    messages: {
      required: 'Enter the name of the organisation',
      pattern: 'Enter the name of the organisation',
      maxlength: 'Keep the name to 200 characters or fewer',
    },
  },
  ...settingsFields('edit-organisation'),
};

/** Rename a member organisation or change its settings, with the version it was read at ("someone changed this meanwhile"). */
@Component({
  selector: 'bs-organisation-settings-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ConflictNotice, ErrorSummary, Notice, OrganisationSettingsFieldset, FormField],
  template: `
    <section class="bs-section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Name and settings</h2>
      @if (saved(); as s) {
        <bs-notice kind="success">{{ s }}</bs-notice>
      }
      @if (flow.conflict(); as c) {
        <bs-conflict-notice [message]="c" (reapply)="reapply()" (dismiss)="keepCurrent()">
          <p>The form now shows what they saved, with your changes on top.</p>
        </bs-conflict-notice>
      }
      <bs-error-summary [errors]="flow.errors()" />
      <form class="bs-settings-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
        <bs-form-field name="name" [flow]="flow" label="Name of the organisation" [maxlength]="200" autocomplete="off" />
        <bs-organisation-settings-fieldset [fields]="fields" [message]="message" [errors]="flow.errors()" />
        <div class="bs-actions">
          <button mat-flat-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Saving…' : 'Save name and settings' }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .bs-settings-form {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
      max-width: 40rem;
    }
  `,
})
export class OrganisationSettingsForm {
  private readonly store = inject(MemberOrganisationsStore);
  protected readonly fields = FIELDS;
  protected readonly saved = signal<string | null>(null);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(200)] }),
    ...settingsControls(),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);
  protected readonly message = (field: SettingsField) => this.flow.message(field);
  /** What the form started from: only what differs is sent, so applying again after a conflict keeps the other change. */
  private baseline: UpdateOrganisationRequest | null = null;
  private filledFor: string | null = null;

  constructor() {
    // Fill once per organisation (and again after a save), never over what is being typed.
    effect(() => {
      const organisation = this.store.current();
      untracked(() => {
        if (organisation && organisation.id !== this.filledFor) this.fill(organisation);
      });
    });
  }

  protected async save(): Promise<void> {
    if (this.flow.pending() || !this.flow.validate()) return;
    this.saved.set(null);
    const changes = this.changes();
    if (!Object.keys(changes).length) {
      this.saved.set('Nothing has changed, so nothing was saved.');
      return;
    }
    await this.flow.send({
      body: changes,
      write: () => this.store.update(changes),
      saved: (organisation) => {
        this.fill(organisation);
        this.saved.set('Saved.');
      },
      // Someone changed it meanwhile: the form shows what they saved, with this person's changes on top, ready to apply again.
      conflict: ({ current }) => {
        this.store.useCurrent(current);
        this.fill(current);
        this.apply(changes);
      },
      problem: flattenOrganisationPaths,
    });
  }

  protected reapply(): void {
    this.flow.conflict.set(null);
    void this.save();
  }

  protected keepCurrent(): void {
    this.flow.conflict.set(null);
    const organisation = this.store.current();
    if (organisation) this.fill(organisation);
  }

  private fill(organisation: MemberOrganisationView): void {
    this.filledFor = organisation.id;
    this.form.controls.openingHours.use(organisation.settings.openingHours);
    this.form.reset({ name: organisation.name, ...settingsFormValue(organisation.settings) });
    this.baseline = this.request();
  }

  /** Puts changes back on the form (after a conflict). */
  private apply(changes: Omit<UpdateOrganisationRequest, 'version'>): void {
    if (changes.name !== undefined) this.form.controls.name.setValue(changes.name);
    if (changes.settings) {
      const settings = { ...settingsFromForm(this.form.getRawValue(), this.form.controls.openingHours), ...changes.settings };
      if (changes.settings.openingHours !== undefined) this.form.controls.openingHours.use(changes.settings.openingHours);
      this.form.patchValue(settingsFormValue(settings));
    }
    this.form.markAsDirty();
  }

  private request(): UpdateOrganisationRequest {
    const v = this.form.getRawValue();
    return { version: 0, name: v.name.trim(), settings: settingsFromForm(v, this.form.controls.openingHours) };
  }

  /** The name and the settings that differ from what the form started from. */
  private changes(): Omit<UpdateOrganisationRequest, 'version'> {
    const next = this.request();
    const before = this.baseline;
    const changes: Omit<UpdateOrganisationRequest, 'version'> = {};
    if (!before || next.name !== before.name) changes.name = next.name;
    const settings: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(next.settings ?? {})) {
      const was = (before?.settings as Record<string, unknown> | undefined)?.[key];
      if (JSON.stringify(value) !== JSON.stringify(was)) settings[key] = value;
    }
    if (Object.keys(settings).length) changes.settings = settings;
    return changes;
  }
}
