import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SentMessageView, UndeliveredMessageView } from '@beside/shared/contracts';
import type { Observable } from 'rxjs';

/** The admin's routes for messages Beside sends: what was not delivered, and (development only) what the inbox caught. */
@Injectable({ providedIn: 'root' })
export class MessagesAdminApi {
  private readonly http = inject(HttpClient);

  undelivered(): Observable<UndeliveredMessageView[]> {
    return this.http.get<UndeliveredMessageView[]>('/api/messages/undelivered');
  }

  retry(id: string): Observable<void> {
    return this.http.post<void>(`/api/messages/${encodeURIComponent(id)}/retry`, {});
  }

  sentInDevelopment(): Observable<SentMessageView[]> {
    return this.http.get<SentMessageView[]>('/api/development/sent-messages');
  }
}
