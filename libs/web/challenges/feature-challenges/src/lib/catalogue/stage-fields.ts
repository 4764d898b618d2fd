import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TIME_LIMIT_STARTS, TIME_LIMIT_UNITS } from '@beside/shared/contracts';
import type { FormFlow } from '@beside/web/core';
import { FROM_WORDS, UNIT_WORDS } from './catalogue-words';
import type { StageForm } from './challenge-type-form';

/** One stage's fields: its name, key and what happens at it, and the time limit a rule sets, with its source. */
@Component({
  selector: 'bs-stage-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    @let i = index();
    @let s = stage();
    <div class="bs-stage-fields" [formGroup]="s">
      <mat-form-field class="bs-field">
        <mat-label>Name</mat-label>
        <input matInput [id]="'stage-' + i + '-name'" formControlName="name" maxlength="120" autocomplete="off" />
        <mat-error>{{ message('name') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field">
        <mat-label>Key</mat-label>
        <input matInput [id]="'stage-' + i + '-key'" formControlName="key" maxlength="40" autocomplete="off" spellcheck="false" autocapitalize="none" />
        <mat-hint>Lower-case letters, digits and _. Letter templates name a stage by its key.</mat-hint>
        <mat-error>{{ message('key') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>What happens at this stage</mat-label>
        <textarea matInput [id]="'stage-' + i + '-description'" formControlName="description" rows="2" maxlength="1000"></textarea>
        <mat-hint>In plain words: she reads this in her portal.</mat-hint>
        <mat-error>{{ message('description') }}</mat-error>
      </mat-form-field>

      <div formGroupName="limit">
        <mat-checkbox formControlName="on" [id]="'stage-' + i + '-limit-on'">A rule sets a time limit for this stage</mat-checkbox>
        @if (s.controls.limit.controls.on.value) {
          <fieldset class="bs-limit">
            <legend class="bs-limit__legend">Time limit<span class="bs-visually-hidden"> of stage {{ i + 1 }}</span></legend>
            <div class="bs-limit__row">
              <mat-form-field class="bs-limit__amount">
                <mat-label>How long</mat-label>
                <input matInput type="number" inputmode="numeric" min="1" max="400" [id]="'stage-' + i + '-amount'" formControlName="amount" />
                <mat-error>{{ message('limit.amount') }}</mat-error>
              </mat-form-field>
              <mat-form-field class="bs-limit__unit">
                <mat-label>Counted in</mat-label>
                <mat-select [id]="'stage-' + i + '-unit'" formControlName="unit">
                  @for (unit of units; track unit) {
                    <mat-option [value]="unit">{{ unitWords[unit] }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field class="bs-limit__from">
                <mat-label>Counted from</mat-label>
                <mat-select [id]="'stage-' + i + '-from'" formControlName="from">
                  @for (from of starts; track from) {
                    <mat-option [value]="from">{{ fromWords[from] }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            </div>
            <mat-checkbox formControlName="nextWorkingDay" [id]="'stage-' + i + '-next-working-day'">
              If it ends on a weekend or bank holiday, it runs to the next working day
            </mat-checkbox>
            <mat-form-field class="bs-field bs-field--wide bs-limit__source">
              <mat-label>Source</mat-label>
              <textarea matInput [id]="'stage-' + i + '-source'" formControlName="source" rows="2" maxlength="500"></textarea>
              <mat-hint>The regulation or guidance that sets it, and its section, so an advocate can check it.</mat-hint>
              <mat-error>{{ message('limit.source') }}</mat-error>
            </mat-form-field>
          </fieldset>
        } @else {
          <p class="bs-secondary-text bs-limit__none">No time limit: the stage has no deadline.</p>
        }
      </div>
    </div>
  `,
  styles: `
    .bs-stage-fields {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .bs-field--wide {
      max-width: none;
    }
    .bs-limit {
      border: 0;
      border-left: 4px solid var(--mat-sys-outline-variant);
      margin: 0.5rem 0 0;
      padding: 0 0 0 0.75rem;
      min-width: 0;
    }
    .bs-limit__legend {
      font-weight: 700;
      padding: 0;
      margin-bottom: 0.75rem;
    }
    .bs-limit__row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
    }
    .bs-limit__amount {
      width: 8rem;
    }
    .bs-limit__unit {
      flex: 1 1 11rem;
      max-width: 14rem;
    }
    .bs-limit__from {
      flex: 1 1 14rem;
      max-width: 20rem;
    }
    .bs-limit__source {
      margin-top: 1rem;
    }
    .bs-limit__none {
      margin: 0.25rem 0 0;
    }
  `,
})
export class StageFields {
  readonly stage = input.required<StageForm>();
  readonly index = input.required<number>();
  readonly flow = input.required<FormFlow>();
  protected readonly units = TIME_LIMIT_UNITS;
  protected readonly starts = TIME_LIMIT_STARTS;
  protected readonly unitWords = UNIT_WORDS;
  protected readonly fromWords = FROM_WORDS;

  protected message(path: string): string | null {
    const flow = this.flow();
    // A new summary (a submit, the API's answer) may change the message while the field itself is untouched.
    flow.errors();
    return flow.message(`stages.${this.index()}.${path}`);
  }
}
