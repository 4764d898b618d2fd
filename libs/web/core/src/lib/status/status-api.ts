import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { StatusResponse } from '@beside/shared/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class StatusApi {
  private readonly http = inject(HttpClient);

  status(): Observable<StatusResponse> {
    return this.http.get<StatusResponse>('/api/status');
  }
}
