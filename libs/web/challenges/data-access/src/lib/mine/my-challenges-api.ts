import { HttpClient, type HttpEvent, type HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DocumentView, HerStatementSharingRequest, HerStatementView, MyChallenge, MyLetter, SaveHerStatementRequest } from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

/** What she sends with a document of hers: the file, her words for it, and the challenge it belongs to (if any). */
export interface HerUpload {
  file: File;
  description: string;
  challengeId: string | null;
}

/** Her challenges, letters, documents and statement: every route is under /api/my/ and answers only about her. */
@Injectable({ providedIn: 'root' })
export class MyChallengesApi {
  private readonly http = inject(HttpClient);

  challenges(): Observable<MyChallenge[]> {
    return this.http.get<MyChallenge[]>('/api/my/challenges');
  }
  letters(): Observable<MyLetter[]> {
    return this.http.get<MyLetter[]>('/api/my/letters');
  }
  letterPdf(letterId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(`/api/my/letters/${letterId}/pdf`, { responseType: 'blob', observe: 'response' });
  }
  statement(): Observable<HerStatementView> {
    return this.http.get<HerStatementView>('/api/my/statement');
  }
  saveStatement(body: SaveHerStatementRequest): Observable<HerStatementView> {
    return this.http.put<HerStatementView>('/api/my/statement', body);
  }
  shareStatement(body: HerStatementSharingRequest): Observable<HerStatementView> {
    return this.http.put<HerStatementView>('/api/my/statement/sharing', body);
  }
  statementPdf(): Observable<HttpResponse<Blob>> {
    return this.http.get('/api/my/statement/pdf', { responseType: 'blob', observe: 'response' });
  }
  documents(): Observable<DocumentView[]> {
    return this.http.get<DocumentView[]>('/api/my/documents');
  }
  /** Multipart, with the upload's progress as events: a photo from a phone can take a while. */
  upload(upload: HerUpload, idempotencyKey?: string): Observable<HttpEvent<DocumentView>> {
    const form = new FormData();
    form.append('description', upload.description);
    if (upload.challengeId) form.append('challengeId', upload.challengeId);
    form.append('file', upload.file, upload.file.name);
    return this.http.post<DocumentView>('/api/my/documents', form, {
      headers: idempotencyHeaders(idempotencyKey),
      reportProgress: true,
      observe: 'events',
    });
  }
  documentFile(documentId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(`/api/my/documents/${documentId}/file`, { responseType: 'blob', observe: 'response' });
  }
}
