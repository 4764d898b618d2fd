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

/** The list of windows as this editor needs it (journeys/data-access `SafeWindowsArray`). */
export interface SafeWindowsEditing extends FormArray<FormGroup> {
  addWindow(): void;
  removeWindow(index: number): void;
}

/**
 * Safe times as windows: days ticked Monday to Sunday, from and until on the London clock. A window whose end comes
 * before its start runs past midnight. Staff and she herself use it; `person` words it for either.
 */
@Component({
  selector: 'bs-safe-windows-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule],
  template: `
    <fieldset class="bs-windows" [id]="idPrefix() + '-safe-windows'" tabindex="-1">
      <legend class="bs-windows__legend">{{ person() === 'her' ? 'Times Beside may send her anything' : 'Times we may send you anything' }}</legend>
      <p class="bs-windows__hint">
        UK time. A time that ends before it starts runs past midnight, such as 22:00 until 06:00.
        {{ person() === 'her' ? 'With no times, nothing is sent to her.' : 'With no times, we send you nothing.' }}
      </p>
      @if (shown(); as error) {
        <p class="bs-inline-error">{{ error }}</p>
      }
      @for (group of windows().controls; track $index; let i = $index) {
        <fieldset class="bs-window" [formGroup]="group">
          <legend class="bs-window__legend">Safe time {{ i + 1 }}</legend>
          <fieldset class="bs-window__days" formGroupName="days">
            <legend class="bs-window__days-legend">Days</legend>
            @for (day of days; track day) {
              <mat-checkbox [formControlName]="day" [id]="idPrefix() + '-window-' + i + '-' + day">{{ dayLabels[day] }}</mat-checkbox>
            }
          </fieldset>
          <div class="bs-window__times">
            <mat-form-field class="bs-window__time">
              <mat-label>From</mat-label>
              <input matInput type="time" formControlName="from" [id]="idPrefix() + '-window-' + i + '-from'" />
            </mat-form-field>
            <mat-form-field class="bs-window__time">
              <mat-label>Until</mat-label>
              <input matInput type="time" formControlName="until" [id]="idPrefix() + '-window-' + i + '-until'" />
            </mat-form-field>
          </div>
          @if (problem(group); as p) {
            <p class="bs-inline-error" [id]="idPrefix() + '-window-' + i + '-problem'">Safe time {{ i + 1 }}: {{ p }}</p>
          }
          <button mat-stroked-button type="button" (click)="windows().removeWindow(i)">Remove safe time {{ i + 1 }}</button>
        </fieldset>
      }
      <button mat-stroked-button type="button" class="bs-windows__add" [id]="idPrefix() + '-add-window'" (click)="windows().addWindow()">
        Add a safe time
      </button>
    </fieldset>
  `,
  styles: `
    .bs-windows {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
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
      border: 1px solid #8a7a5c;
      border-radius: 6px;
      background: #fff;
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
    .bs-window__days mat-checkbox {
      display: inline-block;
      margin: 0;
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
export class SafeWindowsEditor {
  readonly windows = input.required<SafeWindowsEditing>();
  /** Keeps ids apart when two forms are on one page. */
  readonly idPrefix = input.required<string>();
  readonly person = input<'her' | 'you'>('her');
  /** The form's error summary: a new list (after a submit) shows each window's problem. */
  readonly errors = input<readonly unknown[]>([]);
  protected readonly days = WEEKDAYS;
  protected readonly dayLabels = WEEKDAY_LABELS;

  protected shown(): string | null {
    this.errors();
    const errors = this.windows().errors;
    return typeof errors?.['server'] === 'string' ? errors['server'] : null;
  }

  protected problem(group: FormGroup): string | null {
    this.errors();
    const problem = group.errors?.['window'];
    return typeof problem === 'string' && (group.touched || group.dirty) ? problem : null;
  }
}
