import { ChangeDetectionStrategy, Component, inject, input, output, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ChallengeView } from '@beside/shared/contracts';
import { JourneyChallengesStore } from '@beside/web/challenges/data-access';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { ErrorSummary } from '@beside/web/ui';
import { challengeSend } from './challenge-change';

type Field = 'bodyChallenged' | 'herWords';

const FIELDS: FieldDescriptions<Field> = {
  bodyChallenged: { id: 'edit-challenge-body', label: 'Body challenged', messages: { required: 'Enter the body she is challenging', maxlength: 'Make it 300 characters or fewer' } },
  herWords: { id: 'edit-challenge-her-words', label: 'What she wants, in her words', messages: { required: 'Write what she wants, in her words', maxlength: 'Make it 4,000 characters or fewer' } },
};

/** Change the body challenged and what she wants (her words, as she says them now). */
@Component({
  selector: 'bs-challenge-words-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-label="Edit the body challenged and her words">
      <mat-form-field class="bs-field">
        <mat-label>Body challenged</mat-label>
        <input matInput [id]="fields.bodyChallenged.id" formControlName="bodyChallenged" maxlength="300" />
        <mat-error>{{ flow.message('bodyChallenged') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>What she wants, in her words</mat-label>
        <textarea matInput [id]="fields.herWords.id" formControlName="herWords" rows="4"></textarea>
        <mat-error>{{ flow.message('herWords') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Save</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class ChallengeWordsForm implements OnInit {
  readonly challenge = input.required<ChallengeView>();
  readonly done = output<void>();
  readonly cancelled = output<void>();
  readonly reloaded = output<string>();
  private readonly store = inject(JourneyChallengesStore);
  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({
    bodyChallenged: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    herWords: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  ngOnInit(): void {
    const c = this.challenge();
    this.form.reset({ bodyChallenged: c.bodyChallenged, herWords: c.herWords });
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const change = { bodyChallenged: v.bodyChallenged.trim(), herWords: v.herWords.trim() };
      return challengeSend(
        change,
        () => this.store.update(this.challenge(), change),
        () => {
          this.form.markAsPristine();
          this.done.emit();
        },
        (message) => {
          this.form.markAsPristine();
          this.reloaded.emit(message);
        },
      );
    });
  }
}
