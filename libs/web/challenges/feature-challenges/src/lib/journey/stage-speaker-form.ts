import { ChangeDetectionStrategy, Component, inject, input, output, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { SUPPORT_LEVELS, type ChallengeStageView, type ChallengeView, type SupportLevel } from '@beside/shared/contracts';
import { JourneyChallengesStore } from '@beside/web/challenges/data-access';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { SUPPORT_LEVEL_LABELS } from '@beside/web/journeys/ui';
import { ErrorSummary } from '@beside/web/ui';
import { challengeSend } from './challenge-change';

type Field = 'supportLevel' | 'note';

/** Who spoke at one stage (the support-level ladder), and a note about it. */
@Component({
  selector: 'bs-stage-speaker-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="'Who spoke at ' + stage().name">
      <mat-form-field class="bs-field">
        <mat-label>Who spoke</mat-label>
        <mat-select [id]="fields.supportLevel.id" formControlName="supportLevel">
          <mat-option value="">Not recorded</mat-option>
          @for (level of levels; track level) {
            <mat-option [value]="level">{{ levelLabels[level] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Note (optional)</mat-label>
        <textarea matInput [id]="fields.note.id" formControlName="note" rows="2"></textarea>
        <mat-error>{{ flow.message('note') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Save who spoke</button>
        <button mat-button type="button" (click)="done.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class StageSpeakerForm implements OnInit {
  readonly challenge = input.required<ChallengeView>();
  readonly stage = input.required<ChallengeStageView>();
  readonly done = output<void>();
  readonly reloaded = output<string>();
  private readonly store = inject(JourneyChallengesStore);
  protected readonly levels = SUPPORT_LEVELS;
  protected readonly levelLabels = SUPPORT_LEVEL_LABELS;
  protected readonly form = new FormGroup({
    supportLevel: new FormControl<SupportLevel | ''>('', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
  });
  protected fields!: FieldDescriptions<Field>;
  protected readonly flow = new FormFlow(this.form, () => this.fields);

  ngOnInit(): void {
    const s = this.stage();
    this.fields = {
      supportLevel: { id: `stage-support-${s.id}`, label: 'Who spoke', messages: {} },
      note: { id: `stage-note-${s.id}`, label: 'Note', messages: { maxlength: 'Make the note 2,000 characters or fewer' } },
    };
    this.form.reset({ supportLevel: s.supportLevel ?? '', note: s.note ?? '' });
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const change = { supportLevel: v.supportLevel || null, note: v.note.trim() || null };
      return challengeSend(
        change,
        () => this.store.updateStage(this.challenge(), this.stage().id, change),
        () => this.done.emit(),
        (message) => this.reloaded.emit(message),
      );
    });
  }
}
