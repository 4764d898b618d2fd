import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, viewChild, type ElementRef, type OnInit } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import type { ChallengeView, DocumentView, UploadDocumentFields } from '@beside/shared/contracts';
import { JourneyDocumentsStore } from '@beside/web/challenges/data-access';
import { type ApiProblem, type FieldDescriptions, FormFlow } from '@beside/web/core';
import { ErrorSummary } from '@beside/web/ui';

type Field = 'file' | 'description' | 'visibility' | 'challengeId';

const FIELDS: FieldDescriptions<Field> = {
  file: { id: 'document-file', label: 'File', messages: { required: 'Choose a file to upload' } },
  description: { id: 'document-description', label: 'What it is', messages: { required: 'Say what the document is', maxlength: 'Make it 200 characters or fewer' } },
  visibility: { id: 'document-visibility', label: 'Who can see it', messages: {} },
  challengeId: { id: 'document-challenge', label: 'Challenge', messages: {} },
};

const TOO_LARGE = 'file: This file is larger than your organisation allows. Choose a smaller file, or a photo at a lower size.';

/** What the API's refusals of an upload mean, in words; the 503 and a lost answer keep the form's Idempotency-Key for "Try again". */
export function uploadProblem(problem: ApiProblem): ApiProblem {
  if (problem.status === 413) return { ...problem, messages: [TOO_LARGE] };
  if (problem.status === 503 || problem.status === 0 || problem.status >= 500) {
    return { ...problem, messages: ['File storage could not be reached, so nothing was saved. Try again: the same upload is sent, so it is never kept twice.'] };
  }
  return problem;
}

/** Upload a document to her journey: the file, what it is, staff only or shared with her, and the challenge it is for. */
@Component({
  selector: 'bs-upload-document-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="upload-document-heading">
      <div class="bs-file" [class.bs-checkbox--error]="fileError()">
        <label class="bs-file__label" [for]="fields.file.id">File</label>
        <p class="bs-secondary-text" [id]="fields.file.id + '-hint'">PDF, a photo (JPEG, PNG, GIF, WebP, HEIC), Word or plain text</p>
        @if (fileError(); as e) {
          <p class="bs-inline-error" [id]="fields.file.id + '-error'">{{ e }}</p>
        }
        <input
          #fileInput
          type="file"
          [id]="fields.file.id"
          accept="application/pdf,image/*,.docx,text/plain"
          [attr.aria-describedby]="fields.file.id + '-hint' + (fileError() ? ' ' + fields.file.id + '-error' : '')"
          [attr.aria-invalid]="fileError() ? 'true' : null"
          (change)="chooseFile($event)"
        />
      </div>
      <mat-form-field class="bs-field">
        <mat-label>What it is</mat-label>
        <input matInput [id]="fields.description.id" formControlName="description" maxlength="200" />
        <mat-hint>For example: Letter from the trust, 3 March</mat-hint>
        <mat-error>{{ flow.message('description') }}</mat-error>
      </mat-form-field>
      <fieldset class="bs-fieldset" [id]="fields.visibility.id" tabindex="-1">
        <legend>Who can see it</legend>
        <mat-radio-group formControlName="visibility" class="bs-radios" aria-label="Who can see it">
          <mat-radio-button value="staff">Staff only</mat-radio-button>
          <mat-radio-button value="shared">Shared with her (she sees it in her portal)</mat-radio-button>
        </mat-radio-group>
      </fieldset>
      @if (!fixedChallengeId()) {
        <mat-form-field class="bs-field">
          <mat-label>Challenge (optional)</mat-label>
          <mat-select [id]="fields.challengeId.id" formControlName="challengeId">
            <mat-option value="">Not for a challenge</mat-option>
            @for (c of challenges(); track c.id) {
              <mat-option [value]="c.id">{{ c.typeName }}: {{ c.bodyChallenged }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Uploading…' : retry() ? 'Try again' : 'Upload the document' }}</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
      @if (flow.pending()) {
        <p role="status">Uploading and checking the file…</p>
      }
    </form>
  `,
  styles: `
    .bs-file { margin: 0 0 1.25rem; }
    .bs-file__label { display: block; font-weight: 600; }
    .bs-file p { margin: 0 0 0.25rem; }
    .bs-file input { min-height: 44px; }
    .bs-fieldset { border: 0; padding: 0; margin: 0 0 1rem; }
    legend { font-weight: 600; padding: 0; }
    .bs-radios { display: flex; flex-direction: column; }
    /* One field under another, as the form reads (Material's own style would set them side by side). */
    mat-form-field.bs-field { display: flex; }
  `,
})
export class UploadDocumentForm implements OnInit {
  readonly challenges = input<ChallengeView[]>([]);
  /** Uploading from one challenge: it belongs to that one. */
  readonly fixedChallengeId = input<string | null>(null);
  readonly uploaded = output<DocumentView>();
  readonly cancelled = output<void>();
  private readonly store = inject(JourneyDocumentsStore);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({
    file: new FormControl<File | null>(null, { validators: [Validators.required] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    visibility: new FormControl<'staff' | 'shared'>('staff', { nonNullable: true }),
    challengeId: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });
  /** The last try did not get through (storage down, no answer): the button says "Try again". */
  protected readonly retry = signal(false);
  private readonly fileErrors = signal(0);
  protected readonly fileError = computed(() => {
    this.fileErrors();
    this.flow.errors();
    const control = this.form.controls.file;
    return control.touched ? this.flow.message('file') : null;
  });

  ngOnInit(): void {
    const fixed = this.fixedChallengeId();
    if (fixed) this.form.controls.challengeId.setValue(fixed);
  }

  protected chooseFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    const control = this.form.controls.file;
    control.setValue(file);
    control.markAsDirty();
    control.markAsTouched();
    this.retry.set(false);
    this.fileErrors.update((n) => n + 1);
  }

  protected async submit(): Promise<void> {
    const result = await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const file = v.file as File;
      const fields: UploadDocumentFields = {
        description: v.description.trim(),
        visibility: v.visibility,
        ...(v.challengeId ? { challengeId: v.challengeId } : {}),
      };
      return {
        // The same file and fields sent again re-use the Idempotency-Key: a retry after storage was down never keeps it twice.
        body: { ...fields, file: [file.name, file.size, file.lastModified] },
        write: (key) => this.store.upload(file, fields, key),
        problem: uploadProblem,
        saved: (document) => {
          this.formDir()?.resetForm({ file: null, description: '', visibility: 'staff', challengeId: this.fixedChallengeId() ?? '' });
          const input = this.fileInput()?.nativeElement;
          if (input) input.value = '';
          this.uploaded.emit(document);
        },
      };
    });
    this.retry.set(!!result && !result.ok && (result.problem.status === 0 || result.problem.status >= 500));
    this.fileErrors.update((n) => n + 1);
  }
}
