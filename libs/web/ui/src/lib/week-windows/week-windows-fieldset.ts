import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormArray, type FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { WEEKDAYS, type Weekday } from '@beside/shared/contracts';

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** The list of windows as this fieldset needs it (web/core `WeekWindowsArray`). */
export interface WeekWindowsEditing extends FormArray<FormGroup> {
  addWindow(): void;
  removeWindow(index: number): void;
}

/**
 * Windows of the week as a fieldset: for each, days ticked Monday to Sunday and from and until on the London clock,
 * with its own problem and a remove button; then a button to add one. Her safe times and an organisation's opening
 * hours use it. A host may set `--bs-week-window-border` and `--bs-week-window-background` for each window's box.
 */
@Component({
  selector: 'bs-week-windows-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule],
  template: `
    <fieldset class="bs-windows" [id]="fieldsetId()" tabindex="-1">
      <legend class="bs-windows__legend">{{ legend() }}</legend>
      <p class="bs-windows__hint">{{ hint() }}</p>
      @if (listProblem(); as p) {
        <p class="bs-inline-error">{{ p }}</p>
      }
      @for (group of windows().controls; track group; let i = $index) {
        <fieldset class="bs-window" [formGroup]="group">
          <legend class="bs-window__legend">{{ windowLabel() }} {{ i + 1 }}</legend>
          <fieldset class="bs-window__days" formGroupName="days">
            <legend class="bs-window__days-legend">Days</legend>
            @for (day of days; track day) {
              <mat-checkbox [formControlName]="day" [id]="windowIdPrefix() + i + '-' + day">{{ dayLabels[day] }}</mat-checkbox>
            }
          </fieldset>
          <div class="bs-window__times">
            <mat-form-field class="bs-window__time">
              <mat-label>From</mat-label>
              <input matInput type="time" formControlName="from" [id]="windowIdPrefix() + i + '-from'" />
            </mat-form-field>
            <mat-form-field class="bs-window__time">
              <mat-label>Until</mat-label>
              <input matInput type="time" formControlName="until" [id]="windowIdPrefix() + i + '-until'" />
            </mat-form-field>
          </div>
          @if (windowProblem(group); as p) {
            <p class="bs-inline-error" [id]="windowIdPrefix() + i + '-problem'">{{ windowLabel() }} {{ i + 1 }}: {{ p }}</p>
          }
          <button mat-stroked-button type="button" (click)="windows().removeWindow(i)">Remove {{ windowLabel().toLowerCase() }} {{ i + 1 }}</button>
        </fieldset>
      }
      <button mat-stroked-button type="button" [attr.id]="addId() ?? null" (click)="windows().addWindow()">{{ addLabel() }}</button>
    </fieldset>
  `,
  styles: `
    :host {
      display: block;
    }
    .bs-windows {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
    }
    .bs-windows__legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 0.25rem;
    }
    .bs-windows__hint {
      margin: 0 0 0.75rem;
    }
    .bs-window {
      border: 1px solid var(--bs-week-window-border, var(--mat-sys-outline));
      border-radius: 6px;
      background: var(--bs-week-window-background, transparent);
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
    .bs-inline-error {
      color: #b3261e;
      font-weight: 600;
    }
  `,
})
export class WeekWindowsFieldset {
  readonly windows = input.required<WeekWindowsEditing>();
  /** The fieldset's id: the error summary links to it. */
  readonly fieldsetId = input.required<string>();
  readonly legend = input.required<string>();
  readonly hint = input.required<string>();
  /** What one window is called: "Safe time" gives "Safe time 2" and "Remove safe time 2". */
  readonly windowLabel = input.required<string>();
  /** The start of each window's ids, before its index ("my-window-" gives "my-window-0-from"). */
  readonly windowIdPrefix = input.required<string>();
  readonly addLabel = input.required<string>();
  readonly addId = input<string>();
  /** The form's error summary: a new list (after a submit) shows each window's problem. */
  readonly errors = input<readonly unknown[]>([]);
  protected readonly days = WEEKDAYS;
  protected readonly dayLabels = WEEKDAY_LABELS;

  protected listProblem(): string | null {
    this.errors();
    const server = this.windows().errors?.['server'];
    return typeof server === 'string' ? server : null;
  }

  protected windowProblem(group: FormGroup): string | null {
    this.errors();
    const problem = group.errors?.['window'];
    return typeof problem === 'string' && (group.touched || group.dirty) ? problem : null;
  }
}
