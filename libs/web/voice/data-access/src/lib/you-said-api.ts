import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { YouSaidWeDidView } from '@beside/shared/contracts';
import type { Observable } from 'rxjs';

/** "You said, we did": the same view in her portal and on the public page (no personal data either way). */
@Injectable({ providedIn: 'root' })
export class YouSaidApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<YouSaidWeDidView> {
    return this.http.get<YouSaidWeDidView>('/api/my/you-said-we-did');
  }
  organisation(organisationId: string): Observable<YouSaidWeDidView> {
    return this.http.get<YouSaidWeDidView>(`/api/public/you-said-we-did/${encodeURIComponent(organisationId)}`);
  }
}
