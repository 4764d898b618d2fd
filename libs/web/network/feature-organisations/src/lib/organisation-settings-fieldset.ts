import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ControlContainer, type FormGroup, type FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { FieldDescriptions } from '@beside/web/core';
import { IN_PARENT_FORM, WeekWindowsFieldset } from '@beside/web/ui';
import { OpeningHoursArray, type SettingsField, TRIAGE_SEVERITIES, TRIAGE_WORDS, triageField } from './organisation-form-model';

/** A member organisation's settings, bound to the controls (`settingsControls()`) of the form around it. */
@Component({
  selector: 'bs-organisation-settings-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, WeekWindowsFieldset],
  viewProviders: IN_PARENT_FORM,
  template: `
    <mat-form-field appearance="outline" class="bs-field">
      <mat-label>Name messages are sent as (optional)</mat-label>
      <input matInput [id]="fields().messageSender.id" formControlName="messageSender" maxlength="60" autocomplete="off" />
      <mat-hint>A neutral name, so that a message seen by someone else does not say what it is about.</mat-hint>
      @if (message()('messageSender'); as m) {
        <mat-error>{{ m }}</mat-error>
      }
    </mat-form-field>
    <mat-form-field appearance="outline" class="bs-field">
      <mat-label>Services offered (optional)</mat-label>
      <textarea matInput [id]="fields().servicesOffered.id" formControlName="servicesOffered" rows="3" maxlength="500"></textarea>
      <mat-hint>A sentence or two. Advocates in other member organisations read this before they refer a woman.</mat-hint>
      @if (message()('servicesOffered'); as m) {
        <mat-error>{{ m }}</mat-error>
      }
    </mat-form-field>

    <bs-week-windows-fieldset
      [windows]="hours()"
      [fieldsetId]="fields().openingHours.id"
      legend="Opening hours (optional)"
      hint="When someone reads messages, in UK time. With none, weekdays 9:00 to 17:00."
      windowLabel="Opening hours"
      [windowIdPrefix]="fields().openingHours.id + '-'"
      addLabel="Add opening hours"
      [errors]="errors()"
    />

    <fieldset class="bs-hours">
      <legend class="bs-hours__legend">Hours to triage a concern (optional)</legend>
      <p class="bs-hours__hint">How soon a manager must look at a new concern, by how serious it is. Blank keeps the default.</p>
      <div class="bs-triage">
        @for (severity of severities; track severity) {
          <mat-form-field appearance="outline" class="bs-triage__field">
            <mat-label>{{ triageWords[severity] }}</mat-label>
            <input matInput inputmode="numeric" [id]="fields()[triage(severity)].id" [formControlName]="triage(severity)" autocomplete="off" />
            <span matTextSuffix>hours</span>
            @if (message()(triage(severity)); as m) {
              <mat-error>{{ m }}</mat-error>
            }
          </mat-form-field>
        }
      </div>
    </fieldset>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
    }
    .bs-field {
      width: 100%;
    }
    .bs-hours {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
    }
    .bs-hours__legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 0.25rem;
    }
    .bs-hours__hint {
      margin: 0 0 0.75rem;
    }
    .bs-triage {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 1.25rem 1rem;
    }
    .bs-triage__field {
      width: 100%;
    }
  `,
})
export class OrganisationSettingsFieldset {
  readonly fields = input.required<FieldDescriptions<SettingsField>>();
  readonly message = input.required<(field: SettingsField) => string | null>();
  /** The form's error summary: a new list (after a submit) shows each window's problem. */
  readonly errors = input.required<readonly unknown[]>();
  private readonly container = inject(ControlContainer);
  protected readonly severities = TRIAGE_SEVERITIES;
  protected readonly triageWords = TRIAGE_WORDS;
  protected readonly triage = triageField;
  protected readonly hours = computed(() => {
    this.errors();
    return ((this.container as FormGroupDirective).form as FormGroup).get('openingHours') as OpeningHoursArray;
  });
}
