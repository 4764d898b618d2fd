import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ControlContainer, type FormGroup, type FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { WEEKDAYS } from '@beside/shared/contracts';
import type { FieldDescriptions } from '@beside/web/core';
import { OpeningHoursArray, type SettingsField, TRIAGE_SEVERITIES, TRIAGE_WORDS, triageField } from './organisation-form-model';

const DAY_WORDS = { monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday' };

/** A member organisation's settings, bound to the controls (`settingsControls()`) of the form around it. */
@Component({
  selector: 'bs-organisation-settings-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule],
  viewProviders: [{ provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) }],
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

    <fieldset class="bs-hours" [id]="fields().openingHours.id" tabindex="-1">
      <legend class="bs-hours__legend">Opening hours (optional)</legend>
      <p class="bs-hours__hint">When someone reads messages, in UK time. With none, weekdays 9:00 to 17:00.</p>
      @if (hoursProblem(); as p) {
        <p class="bs-inline-error">{{ p }}</p>
      }
      @for (group of hours().controls; track group; let i = $index) {
        <fieldset class="bs-window" [formGroup]="group">
          <legend class="bs-window__legend">Opening hours {{ i + 1 }}</legend>
          <fieldset class="bs-window__days" formGroupName="days">
            <legend class="bs-window__days-legend">Days</legend>
            @for (day of days; track day) {
              <mat-checkbox [formControlName]="day" [id]="fields().openingHours.id + '-' + i + '-' + day">{{ dayWords[day] }}</mat-checkbox>
            }
          </fieldset>
          <div class="bs-window__times">
            <mat-form-field class="bs-window__time">
              <mat-label>From</mat-label>
              <input matInput type="time" formControlName="from" [id]="fields().openingHours.id + '-' + i + '-from'" />
            </mat-form-field>
            <mat-form-field class="bs-window__time">
              <mat-label>Until</mat-label>
              <input matInput type="time" formControlName="until" [id]="fields().openingHours.id + '-' + i + '-until'" />
            </mat-form-field>
          </div>
          @if (windowProblem(group); as p) {
            <p class="bs-inline-error">Opening hours {{ i + 1 }}: {{ p }}</p>
          }
          <button mat-stroked-button type="button" (click)="hours().removeWindow(i)">Remove opening hours {{ i + 1 }}</button>
        </fieldset>
      }
      <button mat-stroked-button type="button" (click)="hours().addWindow()">Add opening hours</button>
    </fieldset>

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
    .bs-window {
      border: 1px solid var(--mat-sys-outline);
      border-radius: 6px;
      padding: 0.75rem 1rem;
      margin: 0 0 0.75rem;
      min-width: 0;
    }
    .bs-window__legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .bs-window__days {
      border: 0;
      padding: 0;
      margin: 0 0 0.5rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      min-width: 0;
    }
    .bs-window__days-legend {
      padding: 0;
      width: 100%;
    }
    .bs-window__times {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1rem;
      margin-bottom: 0.75rem;
    }
    .bs-window__time {
      width: 9rem;
    }
    .bs-triage {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 1.25rem 1rem;
    }
    .bs-triage__field {
      width: 100%;
    }
    .bs-inline-error {
      color: #b3261e;
      font-weight: 600;
    }
  `,
})
export class OrganisationSettingsFieldset {
  readonly fields = input.required<FieldDescriptions<SettingsField>>();
  readonly message = input.required<(field: SettingsField) => string | null>();
  /** The form's error summary: a new list (after a submit) shows each window's problem. */
  readonly errors = input.required<readonly unknown[]>();
  private readonly container = inject(ControlContainer);
  protected readonly days = WEEKDAYS;
  protected readonly dayWords = DAY_WORDS;
  protected readonly severities = TRIAGE_SEVERITIES;
  protected readonly triageWords = TRIAGE_WORDS;
  protected readonly triage = triageField;
  protected readonly hours = computed(() => {
    this.errors();
    return ((this.container as FormGroupDirective).form as FormGroup).get('openingHours') as OpeningHoursArray;
  });

  protected hoursProblem(): string | null {
    this.errors();
    const server = this.hours().errors?.['server'];
    return typeof server === 'string' ? server : null;
  }

  protected windowProblem(group: FormGroup): string | null {
    this.errors();
    const problem = group.errors?.['window'];
    return typeof problem === 'string' && (group.touched || group.dirty) ? problem : null;
  }
}
