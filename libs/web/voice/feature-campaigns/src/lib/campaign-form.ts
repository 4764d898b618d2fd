import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CampaignRequest, CampaignStatus } from '@beside/shared/contracts';
import type { FieldDescriptions, FormFlow } from '@beside/web/core';
import { FormField, IN_PARENT_FORM } from '@beside/web/ui';
import { CAMPAIGN_STATUS_WORDS } from './campaign-words';

export type CampaignField = 'title' | 'summary' | 'status' | 'findingIds';

export const CAMPAIGN_FIELDS: FieldDescriptions<CampaignField> = {
  title: { id: 'campaign-title', label: 'Title', messages: { required: 'Enter a title for the campaign', pattern: 'Enter a title for the campaign' } },
  summary: { id: 'campaign-summary', label: 'Summary', messages: { required: 'Say what the campaign is for', pattern: 'Say what the campaign is for' } },
  status: { id: 'campaign-status', label: 'Status', messages: {} },
  findingIds: { id: 'campaign-finding-0-input', label: 'Findings it follows', messages: { required: 'Choose at least one finding the campaign follows' } },
};

const someChosen = (control: AbstractControl) => ((control.value as string[]).length ? null : { required: true });
const TEXT = [Validators.required, Validators.pattern(/\S/)];

export function campaignForm(values: { title?: string; summary?: string; status?: CampaignStatus; findingIds?: string[] } = {}) {
  return new FormGroup({
    title: new FormControl(values.title ?? '', { nonNullable: true, validators: [...TEXT, Validators.maxLength(200)] }),
    summary: new FormControl(values.summary ?? '', { nonNullable: true, validators: TEXT }),
    status: new FormControl<CampaignStatus>(values.status ?? 'active', { nonNullable: true }),
    findingIds: new FormControl<string[]>(values.findingIds ?? [], { nonNullable: true, validators: someChosen }),
  });
}
export type CampaignFormGroup = ReturnType<typeof campaignForm>;

export function campaignRequest(form: CampaignFormGroup): CampaignRequest {
  const v = form.getRawValue();
  return { title: v.title.trim(), summary: v.summary.trim(), findingIds: v.findingIds, status: v.status };
}

/** A campaign's own fields, in the form around them: title, summary, (once it exists) status, and the findings it follows. */
@Component({
  selector: 'bs-campaign-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, FormField],
  viewProviders: IN_PARENT_FORM,
  template: `
    <bs-form-field name="title" [flow]="flow()" label="Title" [maxlength]="200" autocomplete="off" />
    <mat-form-field class="bs-field">
      <mat-label>Summary</mat-label>
      <textarea matInput [id]="fields.summary.id" formControlName="summary" rows="4" maxlength="4000"></textarea>
      <mat-hint>What the campaign wants to change, in plain words.</mat-hint>
      @if (flow().message('summary'); as m) {
        <mat-error>{{ m }}</mat-error>
      }
    </mat-form-field>
    @if (withStatus()) {
      <bs-form-field name="status" [flow]="flow()" label="Status" [labels]="statuses" fieldClass="bs-field bs-field--short" />
    }
    <fieldset class="bs-campaign-findings">
      <legend class="bs-campaign-findings__legend">Findings it follows</legend>
      <p class="bs-secondary-text">The panel’s approved findings. Choose at least one.</p>
      @if (flow().message('findingIds'); as m) {
        <p class="bs-inline-error" id="campaign-findings-error">{{ m }}</p>
      }
      @for (f of findings(); track f.id; let i = $index) {
        <mat-checkbox [id]="'campaign-finding-' + i" [checked]="chosen(f.id)" (change)="toggle(f.id, $event.checked)">{{ f.title }}</mat-checkbox>
      } @empty {
        <p>The panel has not approved a finding yet: a campaign follows at least one.</p>
      }
    </fieldset>
  `,
  styles: `
    :host {
      display: contents;
    }
    .bs-campaign-findings {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
      display: flex;
      flex-direction: column;
    }
    .bs-campaign-findings__legend {
      font-weight: 700;
      padding: 0;
    }
  `,
})
export class CampaignFields {
  readonly form = input.required<CampaignFormGroup>();
  readonly flow = input.required<FormFlow<CampaignFormGroup, CampaignField>>();
  /** The findings that may be chosen: the approved ones, and any it follows already. */
  readonly findings = input.required<{ id: string; title: string }[]>();
  readonly withStatus = input(false);
  protected readonly fields = CAMPAIGN_FIELDS;
  protected readonly statuses = CAMPAIGN_STATUS_WORDS;

  protected chosen(id: string): boolean {
    return this.form().controls.findingIds.value.includes(id);
  }

  protected toggle(id: string, on: boolean): void {
    const control = this.form().controls.findingIds;
    const rest = control.value.filter((f) => f !== id);
    control.setValue(on ? [...rest, id] : rest);
    control.markAsDirty();
    control.markAsTouched();
  }
}
