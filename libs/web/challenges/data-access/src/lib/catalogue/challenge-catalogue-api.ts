import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ChallengeTypeView, LetterTemplateView, SaveChallengeTypeRequest, SaveLetterTemplateRequest } from '@beside/shared/contracts';
import type { Observable } from 'rxjs';

const type = (key: string) => `/api/challenge-types/${encodeURIComponent(key)}`;
const template = (key: string) => `/api/letter-templates/${encodeURIComponent(key)}`;

/** The organisation's catalogue: its challenge types and letter templates (the defaults with its changes, and its own). */
@Injectable({ providedIn: 'root' })
export class ChallengeCatalogueApi {
  private readonly http = inject(HttpClient);

  types(): Observable<ChallengeTypeView[]> {
    return this.http.get<ChallengeTypeView[]>('/api/challenge-types');
  }

  /** A changed default or a type of the organisation's own; saving an archived one brings it back. */
  saveType(key: string, request: SaveChallengeTypeRequest): Observable<ChallengeTypeView> {
    return this.http.put<ChallengeTypeView>(type(key), request);
  }

  /** No new challenges of this type; those open carry on. */
  archiveType(key: string): Observable<ChallengeTypeView> {
    return this.http.delete<ChallengeTypeView>(type(key));
  }

  templates(): Observable<LetterTemplateView[]> {
    return this.http.get<LetterTemplateView[]>('/api/letter-templates');
  }

  saveTemplate(key: string, request: SaveLetterTemplateRequest): Observable<LetterTemplateView> {
    return this.http.put<LetterTemplateView>(template(key), request);
  }

  archiveTemplate(key: string): Observable<LetterTemplateView> {
    return this.http.delete<LetterTemplateView>(template(key));
  }
}
