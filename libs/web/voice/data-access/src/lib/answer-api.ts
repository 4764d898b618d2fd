import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AnswerConsultationRequest, MyConsultationView, PublicAnswerRequest, PublicConsultationView } from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

/** What the API answers when it takes an answer: nothing of the answer comes back. */
export interface AnswerTaken {
  answered: true;
}

/** Answering a consultation: in her portal (signed in) and through a public link (anyone, with a proof of work). */
@Injectable({ providedIn: 'root' })
export class AnswerApi {
  private readonly http = inject(HttpClient);

  myConsultations(): Observable<MyConsultationView[]> {
    return this.http.get<MyConsultationView[]>('/api/my/consultations');
  }
  answerMine(consultationId: string, body: AnswerConsultationRequest, idempotencyKey?: string): Observable<AnswerTaken> {
    return this.http.post<AnswerTaken>(`/api/my/consultations/${encodeURIComponent(consultationId)}/answers`, body, {
      headers: idempotencyHeaders(idempotencyKey),
    });
  }
  publicConsultation(slug: string): Observable<PublicConsultationView> {
    return this.http.get<PublicConsultationView>(`/api/public/consultations/${encodeURIComponent(slug)}`);
  }
  answerPublic(slug: string, body: PublicAnswerRequest): Observable<AnswerTaken> {
    return this.http.post<AnswerTaken>(`/api/public/consultations/${encodeURIComponent(slug)}/answers`, body);
  }
}
