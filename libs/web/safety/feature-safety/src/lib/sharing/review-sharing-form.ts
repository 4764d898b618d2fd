import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, output, type OnInit } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { ReviewSharingDecisionRequest, SharingDecisionView } from '@beside/shared/contracts';
import { confirmWith, type FieldDescriptions, FormFlow } from '@beside/web/core';
import { SharingDecisionsStore } from '@beside/web/safety/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { startWith } from 'rxjs';
import { focusAfterRender } from './focus-after-render';
import { requiredWhen } from './sharing-form-rules';

type Field = 'note' | 'shownToHer' | 'heldBackReason';

let nextForm = 0;

function reviewFields(prefix: string): FieldDescriptions<Field> {
  return {
    note: { id: `${prefix}-note`, label: 'Your review', messages: { required: 'Write your review', maxlength: 'Make your review 2,000 characters or fewer' } },
    shownToHer: { id: `${prefix}-shown`, label: 'Whether she is shown it', messages: {} },
    heldBackReason: {
      id: `${prefix}-held-back`,
      label: 'Why it is held back from her',
      messages: { required: 'Say why showing it to her would put her or someone else at risk', maxlength: 'Make the reason 1,000 characters or fewer' },
    },
  };
}

const heldBack = (form: { get(name: string): { value: unknown } | null }): boolean => form.get('shownToHer')?.value === 'held';

/** A manager's review of a sharing without her consent: a note, and whether she is shown it or it stays held back. */
@Component({
  selector: 'bs-review-sharing-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary],
  template: `
    <h4 [id]="fields.note.id + '-heading'" tabindex="-1">Review this decision</h4>
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-labelledby]="fields.note.id + '-heading'">
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Your review</mat-label>
        <textarea matInput [id]="fields.note.id" formControlName="note" rows="3"></textarea>
        <mat-hint>Whether sharing without her consent was right, and anything to do now</mat-hint>
        <mat-error>{{ flow.message('note') }}</mat-error>
      </mat-form-field>
      <fieldset class="bs-fieldset" [id]="fields.shownToHer.id" tabindex="-1">
        <legend>Does she see this sharing in her portal?</legend>
        <mat-radio-group formControlName="shownToHer" class="bs-radios" aria-label="Does she see this sharing in her portal?">
          <mat-radio-button value="shown">Yes, show it to her</mat-radio-button>
          <mat-radio-button value="held">No, hold it back: showing it would put her or someone else at risk</mat-radio-button>
        </mat-radio-group>
      </fieldset>
      @if (holdingBack()) {
        <mat-form-field class="bs-field bs-field--wide">
          <mat-label>Why it is held back from her</mat-label>
          <textarea matInput [id]="fields.heldBackReason.id" formControlName="heldBackReason" rows="3"></textarea>
          <mat-error>{{ flow.message('heldBackReason') }}</mat-error>
        </mat-form-field>
      }
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Record the review</button>
        <button mat-button type="button" (click)="done.emit(null)">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './sharing-forms.scss',
})
export class ReviewSharingForm implements OnInit {
  private readonly injector = inject(Injector);
  readonly decision = input.required<SharingDecisionView>();
  /** The decision as reviewed, or null when cancelled. */
  readonly done = output<SharingDecisionView | null>();
  private readonly store = inject(SharingDecisionsStore);
  private readonly dialog = inject(MatDialog);
  protected readonly fields = reviewFields(`review-sharing-${nextForm++}`);
  protected readonly form = new FormGroup({
    note: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
    shownToHer: new FormControl<'shown' | 'held'>('shown', { nonNullable: true }),
    heldBackReason: new FormControl('', { nonNullable: true, validators: [requiredWhen(heldBack), Validators.maxLength(1000)] }),
  });
  protected readonly flow = new FormFlow(this.form, this.fields);
  private readonly shown = toSignal(this.form.controls.shownToHer.valueChanges.pipe(startWith(this.form.controls.shownToHer.value)), { requireSync: true });
  protected readonly holdingBack = computed(() => this.shown() === 'held');

  constructor() {
    this.form.controls.shownToHer.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.heldBackReason.updateValueAndValidity({ emitEvent: false }));
  }

  ngOnInit(): void {
    const d = this.decision();
    this.form.patchValue({ shownToHer: d.shownToHer ? 'shown' : 'held', heldBackReason: d.heldBackReason ?? '' });
    focusAfterRender(this.injector, `${this.fields.note.id}-heading`);
  }

  protected async submit(): Promise<void> {
    if (this.flow.pending() || !this.flow.validate()) return;
    const v = this.form.getRawValue();
    const held = v.shownToHer === 'held';
    if (held && this.decision().shownToHer) {
      const hold = await confirmWith(this.dialog, {
        title: 'Hold this back from her?',
        body: 'She will no longer see this sharing in her portal. Hold it back only when showing it would put her or someone else at risk.',
        confirm: 'Review and hold back',
        cancel: 'Go back',
      });
      if (!hold) return;
    }
    const review: Omit<ReviewSharingDecisionRequest, 'version'> = { note: v.note.trim(), shownToHer: !held, heldBackReason: held ? v.heldBackReason.trim() : null };
    await this.flow.send({
      body: review,
      write: (key) => this.store.review(this.decision(), review, key),
      saved: (decision) => this.done.emit(decision),
    });
  }
}
