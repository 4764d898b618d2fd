import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MyDataRequest, MyDataRequestRequest } from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

/** Her requests about her information: every route is under /api/my/ and answers only about her. */
@Injectable({ providedIn: 'root' })
export class MyRequestsApi {
  private readonly http = inject(HttpClient);

  requests(): Observable<MyDataRequest[]> {
    return this.http.get<MyDataRequest[]>('/api/my/data-requests');
  }
  ask(body: MyDataRequestRequest, key?: string): Observable<MyDataRequest> {
    return this.http.post<MyDataRequest>('/api/my/data-requests', body, { headers: idempotencyHeaders(key) });
  }
}
