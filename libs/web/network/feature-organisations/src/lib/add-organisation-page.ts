import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { CreateOrganisationRequest } from '@beside/shared/contracts';
import { type FieldDescriptions, FlashNotice, FormFlow } from '@beside/web/core';
import { MemberOrganisationsStore } from '@beside/web/network/data-access';
import { ErrorSummary, FormField, PageHeader } from '@beside/web/ui';
import { flattenOrganisationPaths, type SettingsField, settingsControls, settingsFields, settingsFromForm } from './organisation-form-model';
import { OrganisationSettingsFieldset } from './organisation-settings-fieldset';

type Field = 'name' | 'adminName' | 'adminEmail' | SettingsField;

const FIELDS: FieldDescriptions<Field> = {
  name: {
    id: 'organisation-name',
    label: 'Name of the organisation',
    messages: { required: 'Enter the name of the organisation', pattern: 'Enter the name of the organisation', maxlength: 'Keep the name to 200 characters or fewer' },
  },
  adminName: { id: 'first-admin-name', label: 'Their name', messages: { required: 'Enter the name of its first admin', pattern: 'Enter the name of its first admin' } },
  adminEmail: {
    id: 'first-admin-email',
    label: 'Their email address',
    messages: { required: 'Enter the email address of its first admin', email: 'Enter an email address like name@example.org' },
  },
  ...settingsFields('new-organisation'),
};

/** The network operator adds a member organisation; its first admin is invited at once. */
@Component({
  selector: 'bs-add-organisation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, ErrorSummary, PageHeader, OrganisationSettingsFieldset, FormField],
  providers: [MemberOrganisationsStore],
  template: `
    <bs-page-header heading="Add an organisation" caption="Member organisations">
      <p>
        A new member organisation gets its own area of Beside: its staff and the women it supports see only their own. Its first
        admin gets an email with a link to set a password, and then invites the rest of its staff.
      </p>
    </bs-page-header>
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-add-organisation" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <bs-form-field name="name" [flow]="flow" label="Name of the organisation" [maxlength]="200" autocomplete="off" />

      <fieldset class="bs-group">
        <legend class="bs-group__legend">Its first admin</legend>
        <p class="bs-group__hint">
          They are sent an invitation when you add the organisation. Admins look after accounts and settings; they never read case work.
        </p>
        <bs-form-field name="adminName" [flow]="flow" label="Their name" [maxlength]="200" autocomplete="off" />
        <bs-form-field name="adminEmail" [flow]="flow" label="Their email address" type="email" [maxlength]="320" autocomplete="off" />
      </fieldset>

      <fieldset class="bs-group">
        <legend class="bs-group__legend">Settings</legend>
        <p class="bs-group__hint">All optional: you or its admin can set them later.</p>
        <bs-organisation-settings-fieldset [fields]="fields" [message]="message" [errors]="flow.errors()" />
      </fieldset>

      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Adding…' : 'Add the organisation' }}</button>
        <a mat-button routerLink="/network/organisations">Cancel</a>
      </div>
    </form>
  `,
  styles: `
    .bs-add-organisation {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
      max-width: 40rem;
    }
    .bs-group {
      border: 0;
      padding: 0;
      margin: 0.5rem 0 0;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
    }
    .bs-group__legend {
      font-size: 1.25rem;
      font-weight: 700;
      padding: 0;
      margin-bottom: 0.25rem;
    }
    .bs-group__hint {
      margin: 0;
    }
  `,
})
export class AddOrganisationPage {
  private readonly store = inject(MemberOrganisationsStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)] }),
    adminName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] }),
    adminEmail: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    ...settingsControls(),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);
  protected readonly message = (field: SettingsField) => this.flow.message(field);

  protected async save(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const request: CreateOrganisationRequest = {
        name: v.name.trim(),
        firstAdmin: { name: v.adminName.trim(), email: v.adminEmail.trim() },
        settings: settingsFromForm(v, this.form.controls.openingHours),
      };
      return {
        body: request,
        write: (key) => this.store.create(request, key),
        saved: async (created) => {
          this.flash.set(`${created.name} is added. An invitation was sent to ${request.firstAdmin.name} at ${request.firstAdmin.email}.`);
          await this.router.navigate(['/network/organisations', created.id]);
        },
        problem: flattenOrganisationPaths,
      };
    });
  }
}
