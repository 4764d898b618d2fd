import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ConversationMessageView, ConversationUnreadCount, ConversationView, SentConversationMessage } from '@beside/shared/contracts';
import { idempotencyHeaders } from '@beside/web/core';
import { map, type Observable } from 'rxjs';

/** Whose conversation: staff reach one by its journey; she reaches her own (her current journey unless one is named). */
export type ConversationTarget = { audience: 'staff'; journeyId: string } | { audience: 'her'; journeyId?: string };

function params(values: Record<string, string | null | undefined>): HttpParams {
  let result = new HttpParams();
  for (const [name, value] of Object.entries(values)) if (value) result = result.set(name, value);
  return result;
}

/** Messages between her and her advocates: the staff routes and her own (/api/my/…), one shape for both. */
@Injectable({ providedIn: 'root' })
export class ConversationsApi {
  private readonly http = inject(HttpClient);

  /** The newest page (oldest first), or the page before `cursor`. Reading the newest page marks it read. */
  conversation(target: ConversationTarget, cursor: string | null): Observable<ConversationView> {
    return target.audience === 'staff'
      ? this.http.get<ConversationView>(`/api/journeys/${target.journeyId}/conversation`, { params: params({ cursor }) })
      : this.http.get<ConversationView>('/api/my/conversation', { params: params({ journeyId: target.journeyId, cursor }) });
  }

  /** Sends a message; for her, also when it will be read if the service is closed now. */
  send(target: ConversationTarget, body: string, idempotencyKey?: string): Observable<SentConversationMessage> {
    const headers = idempotencyHeaders(idempotencyKey);
    if (target.audience === 'staff') {
      return this.http
        .post<ConversationMessageView>(`/api/journeys/${target.journeyId}/conversation`, { body }, { headers })
        .pipe(map((message) => ({ message, outsideOpeningHours: null })));
    }
    const request = target.journeyId ? { body, journeyId: target.journeyId } : { body };
    return this.http.post<SentConversationMessage>('/api/my/conversation', request, { headers });
  }

  edit(target: ConversationTarget, messageId: string, body: { body: string; version: number }): Observable<ConversationMessageView> {
    const path = target.audience === 'staff' ? `/api/conversation-messages/${messageId}` : `/api/my/conversation-messages/${messageId}`;
    return this.http.patch<ConversationMessageView>(path, body);
  }

  /** How many messages from her advocates she has not read (reads nothing). */
  myUnread(): Observable<{ unread: number }> {
    return this.http.get<{ unread: number }>('/api/my/conversation/unread');
  }

  /** Unread messages from the women on the advocate's open journeys. */
  unread(): Observable<ConversationUnreadCount[]> {
    return this.http.get<ConversationUnreadCount[]>('/api/conversations/unread');
  }
}
