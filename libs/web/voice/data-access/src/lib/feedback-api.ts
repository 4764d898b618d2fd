import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AppointmentFeedbackRequest, FeedbackInvitationView } from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import type { Observable } from 'rxjs';

/** Her feedback after appointments she was accompanied to: anonymous and once each. */
@Injectable({ providedIn: 'root' })
export class FeedbackApi {
  private readonly http = inject(HttpClient);

  waiting(): Observable<FeedbackInvitationView[]> {
    return this.http.get<FeedbackInvitationView[]>('/api/my/appointment-feedback');
  }
  send(invitationId: string, body: AppointmentFeedbackRequest, idempotencyKey?: string): Observable<unknown> {
    return this.http.post(`/api/my/appointment-feedback/${encodeURIComponent(invitationId)}`, body, { headers: idempotencyHeaders(idempotencyKey) });
  }
}
