import { inject, Injectable, signal } from '@angular/core';
import type { AppointmentFeedbackRequest, FeedbackInvitationView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { FeedbackApi } from './feedback-api';

/** Her accompanied appointments still waiting for her feedback; each is sent once and then leaves the list. */
@Injectable()
export class MyFeedbackStore {
  private readonly api = inject(FeedbackApi);
  readonly invitations = signal<FeedbackInvitationView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(): Promise<void> {
    await readInto(this.api.waiting(), (list) => this.invitations.set(list), this.problem);
    this.loaded.set(true);
  }

  async send(invitationId: string, answers: AppointmentFeedbackRequest['answers'], idempotencyKey?: string): Promise<WriteResult<unknown>> {
    const result = await attemptWrite<unknown>(this.api.send(invitationId, { answers }, idempotencyKey));
    // Sent, or already sent (409): either way it no longer waits for her.
    if (result.ok || result.problem.status === 409) this.invitations.update((list) => list.filter((i) => i.id !== invitationId));
    return result;
  }
}
