import { HttpEventType, type HttpEvent, HttpResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { DocumentView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { filter, map, tap } from 'rxjs';
import { type FileDownload, fetchHerFile } from './file-download';
import { type HerUpload, MyChallengesApi } from './my-challenges-api';

/** Documents shared with her and those she added from her phone; adding one shows how far it has got. */
@Injectable()
export class MyDocumentsStore {
  private readonly api = inject(MyChallengesApi);
  readonly documents = signal<DocumentView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);
  /** How much of the file being sent has gone, 0–100; null when nothing is being sent. */
  readonly progress = signal<number | null>(null);
  readonly sending = computed(() => this.progress() !== null);

  async load(): Promise<void> {
    await readInto(this.api.documents(), (list) => this.documents.set(list.filter((d) => !d.deletedAt)), this.problem);
    this.loaded.set(true);
  }

  /** Those that belong to one challenge. */
  forChallenge(challengeId: string): DocumentView[] {
    return this.documents().filter((d) => d.challengeId === challengeId);
  }

  async upload(upload: HerUpload, idempotencyKey?: string): Promise<WriteResult<DocumentView>> {
    this.progress.set(0);
    const request = this.api.upload(upload, idempotencyKey).pipe(
      tap((event: HttpEvent<DocumentView>) => {
        if (event.type === HttpEventType.UploadProgress && event.total) this.progress.set(Math.round((100 * event.loaded) / event.total));
      }),
      filter((event): event is HttpResponse<DocumentView> => event instanceof HttpResponse),
      map((response) => response.body as DocumentView),
    );
    const result = await attemptWrite<DocumentView>(request);
    this.progress.set(null);
    if (result.ok) this.documents.update((list) => [result.value, ...list.filter((d) => d.id !== result.value.id)]);
    return result;
  }

  download(document: DocumentView): Promise<FileDownload> {
    return fetchHerFile(this.api.documentFile(document.id), 'document');
  }
}
