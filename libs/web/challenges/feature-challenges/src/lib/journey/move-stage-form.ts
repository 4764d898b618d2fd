import { ChangeDetectionStrategy, Component, inject, input, output, type OnInit } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { SUPPORT_LEVELS, type ChallengeView, type SupportLevel } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { JourneyChallengesStore } from '@beside/web/challenges/data-access';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { SUPPORT_LEVEL_LABELS } from '@beside/web/journeys/ui';
import { ErrorSummary } from '@beside/web/ui';
import { challengeSend } from './challenge-change';
import { limitWords } from './challenge-words';

type Field = 'stageKey' | 'on' | 'supportLevel';

const FIELDS: FieldDescriptions<Field> = {
  stageKey: { id: 'move-stage-key', label: 'Next stage', messages: { required: 'Choose the stage it moves to' } },
  on: { id: 'move-stage-on', label: 'Date', messages: { required: 'Enter the date it moved', future: 'The date cannot be in the future' } },
  supportLevel: { id: 'move-stage-support', label: 'Who spoke at the stage that ends', messages: {} },
};

function notInFuture(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value > londonToday() ? { future: true } : null;
}

/** The current stage ends and a later one begins that day: which one, when, and who spoke at the stage that ends. */
@Component({
  selector: 'bs-move-stage-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="move-stage-heading">
      <fieldset class="bs-fieldset" [id]="fields.stageKey.id" tabindex="-1">
        <legend>The stage it moves to</legend>
        @if (flow.message('stageKey') && form.controls.stageKey.touched) {
          <p class="bs-inline-error">{{ flow.message('stageKey') }}</p>
        }
        <mat-radio-group formControlName="stageKey" class="bs-radios" aria-label="The stage it moves to">
          @for (s of challenge().stagesAhead; track s.key) {
            <mat-radio-button [value]="s.key">{{ s.name }} <span class="bs-secondary-text">({{ limit(s.limit) }})</span></mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Date</mat-label>
        <input matInput type="date" [id]="fields.on.id" formControlName="on" [max]="today" />
        <mat-hint>The day the current stage ended</mat-hint>
        <mat-error>{{ flow.message('on') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field">
        <mat-label>Who spoke at the stage that ends</mat-label>
        <mat-select [id]="fields.supportLevel.id" formControlName="supportLevel">
          <mat-option value="">Not recorded</mat-option>
          @for (level of levels; track level) {
            <mat-option [value]="level">{{ levelLabels[level] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Move to this stage</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .bs-fieldset { border: 0; padding: 0; margin: 0 0 1rem; }
    legend { font-weight: 600; padding: 0; }
    .bs-radios { display: flex; flex-direction: column; }
    /* One field under another, as the form reads (Material's own style would set them side by side). */
    mat-form-field.bs-field { display: flex; }
  `,
})
export class MoveStageForm implements OnInit {
  readonly challenge = input.required<ChallengeView>();
  readonly done = output<void>();
  readonly cancelled = output<void>();
  readonly reloaded = output<string>();
  private readonly store = inject(JourneyChallengesStore);
  protected readonly fields = FIELDS;
  protected readonly levels = SUPPORT_LEVELS;
  protected readonly levelLabels = SUPPORT_LEVEL_LABELS;
  protected readonly limit = limitWords;
  protected readonly today = londonToday();
  protected readonly form = new FormGroup({
    stageKey: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    on: new FormControl(londonToday(), { nonNullable: true, validators: [Validators.required, notInFuture] }),
    supportLevel: new FormControl<SupportLevel | ''>('', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  ngOnInit(): void {
    this.form.controls.stageKey.setValue(this.challenge().stagesAhead[0]?.key ?? '');
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const move = { stageKey: v.stageKey, on: v.on, ...(v.supportLevel ? { supportLevel: v.supportLevel } : {}) };
      return challengeSend(
        move,
        (key) => this.store.moveStage(this.challenge(), move, key),
        () => this.done.emit(),
        (message) => this.reloaded.emit(message),
      );
    });
  }
}
