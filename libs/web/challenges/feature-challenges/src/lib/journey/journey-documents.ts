import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import type { ChallengeView, DocumentView } from '@beside/shared/contracts';
import { JourneyDocumentsStore } from '@beside/web/challenges/data-access';
import { LondonPipe, Notice } from '@beside/web/ui';
import { startWith } from 'rxjs';
import { DeleteDocumentForm } from './delete-document-form';
import { focusSoon } from './focus-soon';
import { fileSize, SCAN_WORDS } from './challenge-words';
import { saveFile } from './save-file';
import { UploadDocumentForm } from './upload-document-form';

/**
 * Documents on her journey (the store is the Challenges tab's): upload, the list with who added each and its scan,
 * download and delete with a reason. On one challenge, only that challenge's; on the tab, a filter by challenge.
 */
@Component({
  selector: 'bs-journey-documents',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, LondonPipe, Notice, UploadDocumentForm, DeleteDocumentForm],
  templateUrl: './journey-documents.html',
  styleUrl: './journey-documents.scss',
})
export class JourneyDocuments {
  readonly challenges = input<ChallengeView[]>([]);
  /** Shown on one challenge: its documents only, and uploads belong to it. */
  readonly challengeId = input<string | null>(null);
  readonly editable = input(true);
  protected readonly store = inject(JourneyDocumentsStore);
  private readonly injector = inject(Injector);
  protected readonly scanWords = SCAN_WORDS;
  protected readonly size = fileSize;
  protected readonly uploading = signal(false);
  protected readonly deleting = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly filter = new FormControl('', { nonNullable: true });
  private readonly filterValue = toSignal(this.filter.valueChanges.pipe(startWith('')), { requireSync: true });
  private readonly shown = computed(() => {
    const only = this.challengeId() ?? this.filterValue();
    return only ? this.store.documents().filter((d) => d.challengeId === only) : this.store.documents();
  });
  protected readonly current = computed(() => this.shown().filter((d) => !d.deletedAt));
  protected readonly deleted = computed(() => this.shown().filter((d) => d.deletedAt));
  protected readonly headingId = computed(() => `documents-heading-${this.challengeId() ?? 'journey'}`);

  protected challengeName(id: string | null): string | null {
    const c = id ? this.challenges().find((x) => x.id === id) : null;
    return c ? `${c.typeName}: ${c.bodyChallenged}` : null;
  }

  protected startUpload(): void {
    this.notice.set(null);
    this.uploading.set(true);
    focusSoon(this.injector, 'upload-document-heading');
  }

  protected stopUpload(): void {
    this.uploading.set(false);
    focusSoon(this.injector, this.headingId());
  }

  protected startDeleting(document: DocumentView): void {
    this.notice.set(null);
    this.deleting.set(document.id);
    focusSoon(this.injector, `delete-reason-${document.id}`);
  }

  protected stopDeleting(): void {
    this.deleting.set(null);
    focusSoon(this.injector, this.headingId());
  }

  protected onUploaded(document: DocumentView): void {
    this.stopUpload();
    this.notice.set(`“${document.description}” has been uploaded${document.visibility === 'shared' ? ' and shared with her' : ' for staff only'}.`);
  }

  protected onDeleted(document: DocumentView): void {
    this.stopDeleting();
    this.notice.set(`“${document.description}” has been deleted. The record and your reason are kept.`);
  }

  protected async download(document: DocumentView): Promise<void> {
    this.problem.set(null);
    const result = await this.store.download(document);
    if (result.ok) saveFile(result.value);
    else this.problem.set(result.problem.messages.join(' '));
  }
}
