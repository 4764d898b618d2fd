import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormFlow } from '@beside/web/core';
import { JourneyStore, PlanStore } from '@beside/web/journeys/data-access';
import { CharCount, LondonPipe } from '@beside/web/ui';

@Component({
  selector: 'bs-check-ins-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, CharCount, LondonPipe],
  template: `
    <section class="bs-section" aria-labelledby="check-ins-heading">
      <h2 id="check-ins-heading">Check-ins</h2>
      <p class="bs-secondary-text">How confident she feels, from 0 (not at all) to 10 (completely), in her words.</p>
      @for (c of store.checkIns.items(); track c.id) {
        <div class="bs-check-in">
          <span class="bs-check-in__score" [attr.aria-label]="'Confidence ' + c.confidence + ' out of 10'">{{ c.confidence }}/10</span>
          <span>{{ c.words || 'No words given' }}</span>
          <span class="bs-secondary-text">{{ c.recordedAt | london: 'dateTime' }}</span>
        </div>
      } @empty {
        @if (store.checkIns.loaded()) {
          <p>No check-ins yet.</p>
        }
      }
      @if (store.checkIns.hasMore()) {
        <button mat-button type="button" (click)="store.checkIns.more()">Show older check-ins</button>
      }
      @if (canChange()) {
      <form class="bs-check-in-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-label="Record a check-in">
        <mat-form-field class="bs-field--short">
          <mat-label>Confidence (0 to 10)</mat-label>
          <input matInput id="check-in-confidence" type="number" min="0" max="10" step="1" inputmode="numeric" formControlName="confidence" />
          <mat-error>Enter a whole number from 0 to 10</mat-error>
        </mat-form-field>
        <mat-form-field class="bs-check-in-form__words">
          <mat-label>In her words (optional)</mat-label>
          <input matInput id="check-in-words" formControlName="words" />
          <mat-hint><bs-char-count [value]="form.controls.words.value" [max]="maxWords" /></mat-hint>
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="flow.pending()">Record check-in</button>
      </form>
      }
      @if (problem()) {
        <p class="bs-inline-error" role="alert">{{ problem() }}</p>
      }
    </section>
  `,
  styles: `
    .bs-check-in {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-check-in__score {
      font-weight: 700;
      min-width: 3.5rem;
    }
    .bs-check-in-form {
      display: flex;
      flex-wrap: wrap;
      /* Room between fields when they wrap onto their own lines on a phone. */
      gap: 1rem;
      align-items: flex-start;
      margin-top: 1rem;
    }
    .bs-check-in-form__words {
      flex: 1 1 16rem;
    }
    .bs-check-in-form button {
      margin-top: 0.5rem;
    }
  `,
})
export class CheckInsList {
  /** False under a read-only emergency grant: nothing here may be changed. */
  protected readonly canChange = inject(JourneyStore).canChange;
  protected readonly store = inject(PlanStore);
  protected readonly problem = signal<string | null>(null);
  protected readonly maxWords = 2000;
  // Resetting through the directive also clears "submitted", so the empty form shows no errors.
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    confidence: new FormControl<number | null>(null, { validators: [Validators.required, Validators.min(0), Validators.max(10), Validators.pattern(/^\d+$/)] }),
    words: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(this.maxWords)] }),
  });
  protected readonly flow = new FormFlow(this.form, {}, { unsavedChanges: true });

  protected async submit(): Promise<void> {
    // The fields say what is wrong under themselves; this list has no summary, only a line for the API's answer.
    if (!this.flow.validate()) return;
    const { confidence, words } = this.form.getRawValue();
    const checkIn = { confidence: Number(confidence), words: words.trim() || null };
    const result = await this.flow.send({
      body: checkIn,
      write: (key) => this.store.recordCheckIn(checkIn.confidence, checkIn.words, key),
      saved: () => this.formDir()?.resetForm(),
    });
    if (result) this.problem.set(result.ok ? null : result.problem.messages.join(' '));
  }
}
