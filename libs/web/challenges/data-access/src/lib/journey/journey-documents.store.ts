import { inject, Injectable, signal } from '@angular/core';
import type { DocumentView, UploadDocumentFields } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { ChallengesApi } from './challenges-api';
import { fetchFile, type FileResult } from './fetch-file';

/** The documents on her journey, newest first, deleted ones kept with their reason. */
@Injectable()
export class JourneyDocumentsStore {
  private readonly api = inject(ChallengesApi);
  private journeyId = '';
  readonly documents = signal<DocumentView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(journeyId: string): Promise<void> {
    this.journeyId = journeyId;
    this.loaded.set(false);
    await readInto(this.api.documents(journeyId), (list) => this.documents.set(list), this.problem);
    this.loaded.set(true);
  }

  /** Sent with the form's Idempotency-Key: "Try again" after storage was down re-uses it, so nothing is kept twice. */
  async upload(file: File, fields: UploadDocumentFields, idempotencyKey?: string): Promise<WriteResult<DocumentView>> {
    const result = await attemptWrite<DocumentView>(this.api.uploadDocument(this.journeyId, file, fields, idempotencyKey));
    if (result.ok) this.put(result.value);
    return result;
  }

  async remove(document: DocumentView, reason: string): Promise<WriteResult<DocumentView>> {
    const result = await attemptWrite<DocumentView>(this.api.deleteDocument(document.id, reason));
    if (result.ok) this.put(result.value);
    // Deleted already by someone else: show it as it is now.
    else if (result.problem.status === 409) await this.load(this.journeyId);
    return result;
  }

  download(document: DocumentView): Promise<FileResult> {
    return fetchFile(this.api.documentFile(document.id), 'document');
  }

  private put(document: DocumentView): void {
    this.documents.update((list) =>
      list.some((d) => d.id === document.id) ? list.map((d) => (d.id === document.id ? document : d)) : [document, ...list],
    );
  }
}
