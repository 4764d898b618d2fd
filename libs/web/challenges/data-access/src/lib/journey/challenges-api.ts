import { HttpClient, type HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ChallengeTypeView,
  ChallengeView,
  CloseChallengeRequest,
  CreateChallengeRequest,
  DocumentView,
  HerStatementView,
  LetterTemplateView,
  LetterView,
  MoveChallengeStageRequest,
  UpdateChallengeRequest,
  UpdateChallengeStageRequest,
  UpdateLetterRequest,
  UploadDocumentFields,
} from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

const id = (value: string): string => encodeURIComponent(value);

export type LetterFormat = 'pdf' | 'docx';

/** Staff's routes for challenges on her journey: the catalogue, each challenge's stages, its letters, her documents, her statement. */
@Injectable({ providedIn: 'root' })
export class ChallengesApi {
  private readonly http = inject(HttpClient);

  types(): Observable<ChallengeTypeView[]> {
    return this.http.get<ChallengeTypeView[]>('/api/challenge-types');
  }

  list(journeyId: string): Observable<ChallengeView[]> {
    return this.http.get<ChallengeView[]>(`/api/journeys/${id(journeyId)}/challenges`);
  }

  create(journeyId: string, request: CreateChallengeRequest, idempotencyKey?: string): Observable<ChallengeView> {
    return this.http.post<ChallengeView>(`/api/journeys/${id(journeyId)}/challenges`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  read(challengeId: string): Observable<ChallengeView> {
    return this.http.get<ChallengeView>(`/api/challenges/${id(challengeId)}`);
  }

  update(challengeId: string, request: UpdateChallengeRequest): Observable<ChallengeView> {
    return this.http.patch<ChallengeView>(`/api/challenges/${id(challengeId)}`, request);
  }

  moveStage(challengeId: string, request: MoveChallengeStageRequest, idempotencyKey?: string): Observable<ChallengeView> {
    return this.http.post<ChallengeView>(`/api/challenges/${id(challengeId)}/stages`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  updateStage(challengeId: string, stageId: string, request: UpdateChallengeStageRequest): Observable<ChallengeView> {
    return this.http.patch<ChallengeView>(`/api/challenges/${id(challengeId)}/stages/${id(stageId)}`, request);
  }

  close(challengeId: string, request: CloseChallengeRequest, idempotencyKey?: string): Observable<ChallengeView> {
    return this.http.post<ChallengeView>(`/api/challenges/${id(challengeId)}/outcome`, request, { headers: idempotencyHeaders(idempotencyKey) });
  }

  letterTemplates(): Observable<LetterTemplateView[]> {
    return this.http.get<LetterTemplateView[]>('/api/letter-templates');
  }

  letters(challengeId: string): Observable<LetterView[]> {
    return this.http.get<LetterView[]>(`/api/challenges/${id(challengeId)}/letters`);
  }

  draftLetter(challengeId: string, templateKey: string, idempotencyKey?: string): Observable<LetterView> {
    return this.http.post<LetterView>(`/api/challenges/${id(challengeId)}/letters`, { templateKey }, { headers: idempotencyHeaders(idempotencyKey) });
  }

  letter(letterId: string): Observable<LetterView> {
    return this.http.get<LetterView>(`/api/letters/${id(letterId)}`);
  }

  updateLetter(letterId: string, request: UpdateLetterRequest): Observable<LetterView> {
    return this.http.patch<LetterView>(`/api/letters/${id(letterId)}`, request);
  }

  shareLetter(letterId: string, version: number): Observable<LetterView> {
    return this.http.post<LetterView>(`/api/letters/${id(letterId)}/share`, { version });
  }

  letterSent(letterId: string, version: number, on: string): Observable<LetterView> {
    return this.http.post<LetterView>(`/api/letters/${id(letterId)}/sent`, { version, on });
  }

  /** The letter as a file; `version` one of its versions, the current one when left out. */
  letterFile(letterId: string, format: LetterFormat, version?: number): Observable<HttpResponse<Blob>> {
    const query = version === undefined ? '' : `?version=${version}`;
    return this.http.get(`/api/letters/${id(letterId)}/${format}${query}`, { responseType: 'blob', observe: 'response' });
  }

  documents(journeyId: string): Observable<DocumentView[]> {
    return this.http.get<DocumentView[]>(`/api/journeys/${id(journeyId)}/documents`);
  }

  /** Multipart: the file under `file` and the fields beside it. The browser sets the boundary. */
  uploadDocument(journeyId: string, file: File, fields: UploadDocumentFields, idempotencyKey?: string): Observable<DocumentView> {
    const form = new FormData();
    form.append('description', fields.description);
    if (fields.visibility) form.append('visibility', fields.visibility);
    if (fields.challengeId) form.append('challengeId', fields.challengeId);
    form.append('file', file, file.name);
    return this.http.post<DocumentView>(`/api/journeys/${id(journeyId)}/documents`, form, { headers: idempotencyHeaders(idempotencyKey) });
  }

  documentFile(documentId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(`/api/documents/${id(documentId)}/file`, { responseType: 'blob', observe: 'response' });
  }

  deleteDocument(documentId: string, reason: string): Observable<DocumentView> {
    return this.http.delete<DocumentView>(`/api/documents/${id(documentId)}`, { body: { reason } });
  }

  statement(journeyId: string): Observable<HerStatementView> {
    return this.http.get<HerStatementView>(`/api/journeys/${id(journeyId)}/statement`);
  }
}
