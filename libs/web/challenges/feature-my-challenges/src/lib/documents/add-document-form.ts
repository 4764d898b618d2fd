import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { MyChallenge } from '@beside/shared/contracts';
import { MyDocumentsStore, uploadProblem } from '@beside/web/challenges/data-access';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { CharCount, ErrorSummary } from '@beside/web/ui';
import { challengeHeading } from '../shared/challenge-words';

type Field = 'file' | 'description' | 'challengeId';
const FIELDS: FieldDescriptions<Field> = {
  file: { id: 'my-document-file', label: 'The file', messages: { required: 'Choose the file to send, or take a photo' } },
  description: {
    id: 'my-document-description',
    label: 'What it is',
    messages: { required: 'Say in a few words what this is', maxlength: 'Make it shorter: up to 200 characters' },
  },
  challengeId: { id: 'my-document-challenge', label: 'Which challenge it is about', messages: {} },
};

/** "Add a document" from her phone: a photo of a letter she received, a PDF; her words for it; which challenge, if any. */
@Component({
  selector: 'bs-add-document-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorSummary, CharCount],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="add-document-heading">
      <div class="bs-file" [class.bs-file--error]="fileError()">
        <label [for]="fields.file.id" class="bs-file__label">Choose a file or take a photo</label>
        <p id="my-document-file-hint" class="bs-secondary-text">A photo, a PDF, a Word document or a plain text file.</p>
        @if (fileError(); as e) {
          <p id="my-document-file-error" class="bs-file__error">{{ e }}</p>
        }
        <input
          #fileInput
          type="file"
          [id]="fields.file.id"
          accept="image/*,application/pdf,.docx,text/plain"
          [attr.aria-describedby]="fileError() ? 'my-document-file-hint my-document-file-error' : 'my-document-file-hint'"
          [attr.aria-invalid]="fileError() ? 'true' : null"
          (change)="choose($event)"
        />
      </div>
      <mat-form-field>
        <mat-label>What is it?</mat-label>
        <input matInput [id]="fields.description.id" formControlName="description" autocomplete="off" />
        <mat-hint>For example: the letter from the hospital. <bs-char-count [value]="form.controls.description.value" [max]="200" /></mat-hint>
        <mat-error>{{ flow.message('description') }}</mat-error>
      </mat-form-field>
      @if (challenges().length) {
        <mat-form-field>
          <mat-label>Which challenge? (optional)</mat-label>
          <mat-select [id]="fields.challengeId.id" formControlName="challengeId">
            <mat-option [value]="null">None of them</mat-option>
            @for (c of challenges(); track c.id) {
              <mat-option [value]="c.id">{{ heading(c) }}</mat-option>
            }
          </mat-select>
          <mat-hint>If it is about one of your challenges</mat-hint>
        </mat-form-field>
      }
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Sending…' : 'Send' }}</button>
        @if (canRetry() && !flow.pending()) {
          <button mat-stroked-button type="button" (click)="submit()">Try again</button>
        }
      </div>
      @if (store.progress() !== null) {
        <p role="status" class="bs-progress">
          <label for="my-document-progress">Sending your file…</label>
          <progress id="my-document-progress" max="100" [value]="store.progress()">{{ store.progress() }}%</progress>
        </p>
      }
      @if (done(); as d) {
        <p role="status" class="bs-done">{{ d }}</p>
      }
    </form>
  `,
  styles: `
    .bs-file {
      margin: 0 0 1.25rem;
    }
    .bs-file--error {
      padding-left: 0.75rem;
      border-left: 4px solid var(--bs-error, #b3261e);
    }
    .bs-file__label {
      display: block;
      font-weight: 700;
    }
    .bs-file__error {
      color: var(--bs-error, #b3261e);
      font-weight: 700;
      margin: 0.25rem 0;
    }
    .bs-file input {
      display: block;
      max-width: 100%;
      min-height: 44px;
      margin-top: 0.25rem;
      font: inherit;
    }
    .bs-file input::file-selector-button {
      min-height: 44px;
      margin-right: 0.75rem;
      padding: 0 1rem;
      font: inherit;
      font-weight: 600;
      color: var(--mat-sys-primary);
      background: #fff;
      border: 2px solid var(--mat-sys-primary);
      border-radius: 8px;
      cursor: pointer;
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 1rem;
    }
    .bs-progress {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .bs-progress progress {
      width: 100%;
      height: 1rem;
    }
  `,
})
export class AddDocumentForm {
  readonly challenges = input<MyChallenge[]>([]);
  protected readonly store = inject(MyDocumentsStore);
  protected readonly fields = FIELDS;
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    file: new FormControl<File | null>(null, { validators: [Validators.required] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    challengeId: new FormControl<string | null>(null),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: () => this.form.dirty });
  protected readonly canRetry = signal(false);
  protected readonly done = signal<string | null>(null);

  protected heading(c: MyChallenge): string {
    return challengeHeading(c);
  }

  /** The file input is not a form control of its own: what she chose goes into the form, and its error shows beside it. */
  protected fileError(): string | null {
    const control = this.form.controls.file;
    return control.touched || control.errors?.['server'] ? this.flow.message('file') : null;
  }

  protected choose(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.form.controls.file.setValue(file);
    this.form.controls.file.markAsDirty();
    this.form.controls.file.markAsTouched();
    this.canRetry.set(false);
  }

  protected async submit(): Promise<void> {
    this.done.set(null);
    const result = await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const file = v.file as File;
      const upload = { file, description: v.description.trim(), challengeId: v.challengeId };
      return {
        // What decides whether a retry may reuse the last Idempotency-Key: the same file and words.
        body: { name: file.name, size: file.size, modified: file.lastModified, description: upload.description, challengeId: upload.challengeId },
        write: (key) => this.store.upload(upload, key),
        saved: (document) => {
          // The directive too, so the emptied fields do not show as mistakes of a form already sent.
          this.formDir()?.resetForm({ file: null, description: '', challengeId: null });
          this.fileInput().nativeElement.value = '';
          this.done.set(`Sent. “${document.description}” is in your documents, and your advocate can see it.`);
        },
        problem: (problem) => {
          const words = uploadProblem(problem);
          this.canRetry.set(words.retry);
          return { ...problem, messages: [words.field ? `${words.field}: ${words.message}` : words.message] };
        },
      };
    });
    if (result?.ok) this.canRetry.set(false);
  }
}
