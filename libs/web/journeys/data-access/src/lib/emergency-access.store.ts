import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { BreakGlassRequest, EmergencyAccess } from '@beside/shared/contracts';
import { attemptWrite, idempotencyHeaders, type WriteResult } from '@beside/web/core';

/** Break the glass: an advocate asks for time-limited access to a journey outside her caseload. */
@Injectable({ providedIn: 'root' })
export class EmergencyAccessStore {
  private readonly http = inject(HttpClient);

  request(journeyId: string, request: BreakGlassRequest, idempotencyKey: string): Promise<WriteResult<EmergencyAccess>> {
    return attemptWrite(
      this.http.post<EmergencyAccess>(`/api/journeys/${encodeURIComponent(journeyId)}/break-glass`, request, {
        headers: idempotencyHeaders(idempotencyKey),
      }),
    );
  }
}
