import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Page } from '@beside/shared/util';
import type { Observable } from 'rxjs';
import type { CaseloadItem } from './caseload-item';

@Injectable({ providedIn: 'root' })
export class JourneysApi {
  private readonly http = inject(HttpClient);

  caseload(cursor?: string | null): Observable<Page<CaseloadItem>> {
    const params = cursor ? new HttpParams().set('cursor', cursor) : undefined;
    return this.http.get<Page<CaseloadItem>>('/api/journeys', { params });
  }
}
