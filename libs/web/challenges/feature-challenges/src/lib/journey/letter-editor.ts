import { ChangeDetectionStrategy, Component, inject, input, output, type OnInit } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { LetterView } from '@beside/shared/contracts';
import { ChallengeLettersStore } from '@beside/web/challenges/data-access';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { ErrorSummary } from '@beside/web/ui';
import { map, startWith } from 'rxjs';
import { LetterPreview } from './letter-preview';

type Field = 'title' | 'body';

/** Edit a letter's title and words (Markdown), with how it will read beside it; saving keeps every earlier version. */
@Component({
  selector: 'bs-letter-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, LetterPreview],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    @if (flow.conflict(); as message) {
      <div class="bs-reloaded" role="alert">
        <p><strong>This letter changed while you were editing it, so it has been reloaded.</strong></p>
        <p>{{ message }}</p>
        <p>Your words are still here and not saved yet: save again to put them in place of theirs, or cancel to keep theirs.</p>
      </div>
    }
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="'Edit the letter ' + letter().title">
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>Title</mat-label>
        <input matInput [id]="fields.title.id" formControlName="title" maxlength="200" />
        <mat-error>{{ flow.message('title') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>The letter</mat-label>
        <textarea matInput class="bs-letter-text" [id]="fields.body.id" formControlName="body" rows="14"></textarea>
        <mat-hint>Markdown: a line starting with ## is a heading, - starts a list, **words** are bold.</mat-hint>
        <mat-error>{{ flow.message('body') }}</mat-error>
      </mat-form-field>
      <p class="bs-preview-label" [id]="'preview-' + letter().id">How it will read</p>
      <bs-letter-preview [title]="value().title" [body]="value().body" [attr.aria-labelledby]="'preview-' + letter().id" role="group" />
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Save the letter</button>
        <button mat-button type="button" (click)="done.emit()">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .bs-field--wide { max-width: 44rem; }
    .bs-letter-text { font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace; font-size: 0.9375rem; }
    .bs-reloaded { border-left: 6px solid var(--bs-error, #b3261e); background: #fdf2f1; padding: 0.5rem 1rem; margin: 0 0 1rem; max-width: 44rem; }
    .bs-preview-label { font-weight: 600; margin: 0 0 0.25rem; }
    /* One field under another, as the form reads (Material's own style would set them side by side). */
    mat-form-field.bs-field { display: flex; }
  `,
})
export class LetterEditor implements OnInit {
  readonly letter = input.required<LetterView>();
  readonly done = output<void>();
  private readonly store = inject(ChallengeLettersStore);
  protected fields!: FieldDescriptions<Field>;
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(10000)] }),
  });
  protected readonly flow = new FormFlow(this.form, () => this.fields, { unsavedChanges: true });
  protected readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue()), startWith(this.form.getRawValue())), { requireSync: true });

  ngOnInit(): void {
    const l = this.letter();
    this.fields = {
      title: { id: `letter-title-${l.id}`, label: 'Title', messages: { required: 'Give the letter a title', maxlength: 'Make the title 200 characters or fewer' } },
      body: { id: `letter-body-${l.id}`, label: 'The letter', messages: { required: 'Write the letter', maxlength: 'Make the letter 10,000 characters or fewer' } },
    };
    this.form.reset({ title: l.title, body: l.body });
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const words = { title: v.title.trim(), body: v.body };
      return {
        body: words,
        write: () => this.store.save(this.letter(), words),
        saved: () => {
          this.form.markAsPristine();
          this.done.emit();
        },
        conflict: 'notice' as const,
      };
    });
  }
}
