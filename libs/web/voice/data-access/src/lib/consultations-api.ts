import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ConsultationCrossTabView,
  ConsultationQuoteView,
  ConsultationResultsView,
  ConsultationTextView,
  ConsultationThemeView,
  ConsultationView,
  CreateConsultationRequest,
  ProposeQuoteRequest,
  ReplaceQuestionsRequest,
  ReviewQuoteRequest,
  TagTextRequest,
  ThemeRequest,
  UpdateConsultationRequest,
} from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

function withKey(idempotencyKey?: string): { headers: Record<string, string> } {
  return { headers: idempotencyHeaders(idempotencyKey) };
}

const consultation = (id: string) => `/api/consultations/${encodeURIComponent(id)}`;

/**
 * The staff routes of consultations: writing one and its questions, opening and closing it, its results (aggregates
 * only), and the free-text work behind them: themes, tagging, quotes and their second-person review.
 */
@Injectable({ providedIn: 'root' })
export class ConsultationsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ConsultationView[]> {
    return this.http.get<ConsultationView[]>('/api/consultations');
  }

  get(id: string): Observable<ConsultationView> {
    return this.http.get<ConsultationView>(consultation(id));
  }

  create(request: CreateConsultationRequest, idempotencyKey?: string): Observable<ConsultationView> {
    return this.http.post<ConsultationView>('/api/consultations', request, withKey(idempotencyKey));
  }

  update(id: string, request: UpdateConsultationRequest): Observable<ConsultationView> {
    return this.http.patch<ConsultationView>(consultation(id), request);
  }

  replaceQuestions(id: string, request: ReplaceQuestionsRequest): Observable<ConsultationView> {
    return this.http.put<ConsultationView>(`${consultation(id)}/questions`, request);
  }

  open(id: string, version: number, idempotencyKey?: string): Observable<ConsultationView> {
    return this.http.post<ConsultationView>(`${consultation(id)}/open`, { version }, withKey(idempotencyKey));
  }

  close(id: string, version: number, idempotencyKey?: string): Observable<ConsultationView> {
    return this.http.post<ConsultationView>(`${consultation(id)}/close`, { version }, withKey(idempotencyKey));
  }

  results(id: string): Observable<ConsultationResultsView> {
    return this.http.get<ConsultationResultsView>(`${consultation(id)}/results`);
  }

  crossTab(id: string, rows: string, columns: string): Observable<ConsultationCrossTabView> {
    return this.http.get<ConsultationCrossTabView>(`${consultation(id)}/cross-tab`, { params: new HttpParams().set('rows', rows).set('columns', columns) });
  }

  createTheme(id: string, request: ThemeRequest, idempotencyKey?: string): Observable<ConsultationThemeView> {
    return this.http.post<ConsultationThemeView>(`${consultation(id)}/themes`, request, withKey(idempotencyKey));
  }

  updateTheme(id: string, themeId: string, request: Partial<ThemeRequest>): Observable<ConsultationThemeView> {
    return this.http.patch<ConsultationThemeView>(`${consultation(id)}/themes/${encodeURIComponent(themeId)}`, request);
  }

  deleteTheme(id: string, themeId: string): Observable<void> {
    return this.http.delete<void>(`${consultation(id)}/themes/${encodeURIComponent(themeId)}`);
  }

  texts(id: string, questionId: string): Observable<ConsultationTextView[]> {
    return this.http.get<ConsultationTextView[]>(`${consultation(id)}/texts`, { params: new HttpParams().set('questionId', questionId) });
  }

  tagText(id: string, textId: string, request: TagTextRequest): Observable<ConsultationTextView> {
    return this.http.put<ConsultationTextView>(`${consultation(id)}/texts/${encodeURIComponent(textId)}/themes`, request);
  }

  quotes(id: string): Observable<ConsultationQuoteView[]> {
    return this.http.get<ConsultationQuoteView[]>(`${consultation(id)}/quotes`);
  }

  proposeQuote(id: string, request: ProposeQuoteRequest, idempotencyKey?: string): Observable<ConsultationQuoteView> {
    return this.http.post<ConsultationQuoteView>(`${consultation(id)}/quotes`, request, withKey(idempotencyKey));
  }

  reviewQuote(id: string, quoteId: string, request: ReviewQuoteRequest, idempotencyKey?: string): Observable<ConsultationQuoteView> {
    return this.http.post<ConsultationQuoteView>(`${consultation(id)}/quotes/${encodeURIComponent(quoteId)}/review`, request, withKey(idempotencyKey));
  }
}

/** The CSV of a consultation's aggregates: a plain link, so the browser downloads it with the session cookie. */
export function consultationResultsCsvUrl(id: string): string {
  return `${consultation(id)}/results.csv`;
}

/** The public page of an anonymous consultation's link, as women open it. */
export function consultationPublicPath(slug: string): string {
  return `/consultations/public/${encodeURIComponent(slug)}`;
}
